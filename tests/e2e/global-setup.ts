import { execFileSync } from 'node:child_process';
import { buildServer } from '../../scripts/build-server.js';

/** Builds the web app and compiles the server once for the whole browser suite, as `npm start` would. */
export default async function setup() {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  await buildServer();
}
