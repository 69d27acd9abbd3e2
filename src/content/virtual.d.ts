declare module 'virtual:content' {
  import type { PathwayGraph } from './compile.ts';
  const graph: PathwayGraph;
  export default graph;
}

declare module 'virtual:content-details' {
  import type { ContentDetails } from './compile.ts';
  const details: ContentDetails;
  export default details;
}

declare module 'virtual:glossary' {
  import type { GlossaryTerm } from './schema.ts';
  const glossary: GlossaryTerm[];
  export default glossary;
}

declare module 'virtual:scenarios' {
  import type { Scenario } from './schema.ts';
  const scenarios: Scenario[];
  export default scenarios;
}

declare module 'virtual:pathway-maps' {
  /** Each language's printable map: its address, by language code; base is the fallback. */
  const maps: { base: string; urls: Record<string, string> };
  export default maps;
}
