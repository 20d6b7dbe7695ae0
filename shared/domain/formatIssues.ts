import type { z } from 'zod';

/** Turns schema issues into sentences that name the field, for people rather than programs. */
export function formatIssues(error: z.ZodError, root = ''): string[] {
  return error.issues.map((issue) => {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** The first message for one form field, or undefined when the field is fine. */
export function firstIssueFor(error: z.ZodError | undefined, field: string): string | undefined {
  return error?.issues.find((issue) => issue.path[0] === field)?.message;
}
