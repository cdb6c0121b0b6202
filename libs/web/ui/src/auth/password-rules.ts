import { EmailSchema, NewPasswordSchema } from '@tradeway/shared/contracts';

/** What a new password lacks, by the API's own rule (`NewPasswordSchema`): ≥ 10 characters, a letter, a digit. */
export type PasswordProblem =
  | { rule: 'min'; min: number }
  | { rule: 'max'; max: number }
  | { rule: 'letter' }
  | { rule: 'digit' }
  | { rule: 'other'; message: string };

export function passwordProblems(password: string): PasswordProblem[] {
  const result = NewPasswordSchema.safeParse(password);
  if (result.success) return [];
  return result.error.issues.map((issue): PasswordProblem => {
    if (issue.code === 'too_small') return { rule: 'min', min: Number(issue.minimum) };
    if (issue.code === 'too_big') return { rule: 'max', max: Number(issue.maximum) };
    if (issue.code === 'invalid_format' && 'pattern' in issue) {
      if (String(issue.pattern).includes('A-Za-z')) return { rule: 'letter' };
      if (String(issue.pattern).includes('0-9')) return { rule: 'digit' };
    }
    return { rule: 'other', message: issue.message };
  });
}

/** An address the API accepts (`EmailSchema`), once surrounding spaces are trimmed. */
export function isValidEmail(email: string): boolean {
  return EmailSchema.safeParse(email.trim()).success;
}
