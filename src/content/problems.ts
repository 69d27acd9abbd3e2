/** A problem found in the content, located as precisely as we can. */
export interface Problem {
  file: string;
  nodeId?: string | undefined;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.nodeId ? `${problem.file}: node "${problem.nodeId}"` : problem.file;
  return `${where}: ${problem.message}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `Content is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
