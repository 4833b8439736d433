import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Reads web/ the way the checks need it: every source file, parsed once. */
const WEB = join(import.meta.dirname, '../../web');
const MESSAGES = join(WEB, 'i18n/messages');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return p === MESSAGES ? [] : walk(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

export interface SourceFile {
  path: string;
  ast: ts.SourceFile;
}

export const webSources: SourceFile[] = walk(WEB).map((p) => ({
  path: relative(join(WEB, '..'), p),
  ast: ts.createSourceFile(p, readFileSync(p, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX),
}));

export function visit(node: ts.Node, f: (n: ts.Node) => void): void {
  f(node);
  ts.forEachChild(node, (c) => visit(c, f));
}

export const lineOf = (file: SourceFile, n: ts.Node) =>
  `${file.path}:${file.ast.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
