declare module 'virtual:content' {
  import type { CompiledContent } from './compile.ts';
  const content: CompiledContent;
  export default content;
}
