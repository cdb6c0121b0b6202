import { OpenAPIGenerator } from '@orpc/openapi';
import { ZodToJsonSchemaConverter } from '@orpc/zod/zod4';
import { contract } from '@tradeway/shared/contracts';

/** The OpenAPI document, generated from the same zod contracts that validate requests. */
export async function generateOpenApiDocument(version: string) {
  const generator = new OpenAPIGenerator({ schemaConverters: [new ZodToJsonSchemaConverter()] });
  return generator.generate(contract, {
    info: {
      title: 'Tradeway API',
      version,
      description:
        'B2B trade marketplace. Errors share one shape: `{ code, status, message, data: { fields: [{ path, message }] } }`.',
    },
    servers: [{ url: '/' }],
  });
}
