import { execFileSync } from 'node:child_process';

/** Builds the web app once for the whole browser suite, as `npm start` would. */
export default function setup() {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
