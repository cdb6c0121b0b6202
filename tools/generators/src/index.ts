export { contextGenerator } from './context/generator';
