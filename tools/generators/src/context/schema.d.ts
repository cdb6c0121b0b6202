export interface ContextGeneratorSchema {
  name: string;
  skipFormat?: boolean;
}
