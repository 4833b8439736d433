import { ApiError } from '../../api/client';
import { useErrorWords } from '../../i18n/useErrorWords';

interface FieldIssue {
  path: string;
  message: string;
  code?: unknown;
  params?: unknown;
}

/** A refused request in the reader's language, with each field the server named on its own line. */
export function ApiErrorText({ error }: { error: unknown }) {
  const words = useErrorWords();
  const headline = words.error(error);
  const issues =
    error instanceof ApiError ? ((error.details as { issues?: FieldIssue[] } | undefined)?.issues ?? []) : [];
  const lines = issues.map((i) => ({ path: i.path, text: `${i.path}: ${words.issue(i)}` }));
  // The headline already names a lone problem (in English it quotes the first one).
  const listed = lines.length === 1 && headline.includes(lines[0]?.text ?? '') ? [] : lines;
  return (
    <p role="alert" className="error">
      {headline}
      {listed.map((i) => (
        <span key={i.path}>
          <br />
          {i.text}
        </span>
      ))}
    </p>
  );
}
