declare module 'virtual:content' {
  import type { CompiledContent } from './compile.ts';
  const content: CompiledContent;
  export default content;
}

declare module 'virtual:glossary' {
  import type { GlossaryTerm } from './schema.ts';
  const glossary: GlossaryTerm[];
  export default glossary;
}
