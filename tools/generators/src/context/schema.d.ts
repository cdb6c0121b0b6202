export interface ContextGeneratorSchema {
  name: string;
}
