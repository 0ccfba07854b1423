// Runs one Amazon States Language execution with aws-local-stepfunctions and prints its outcome.
//
// stdin:  one line, {"definition": <ASL>, "input": <JSON>, "taskEndpoint": "http://127.0.0.1:PORT",
//                    "retryIntervalMillis": <optional number>}
// stdout: one line, {"status":"SUCCEEDED","output":...} or {"status":"FAILED","error":...,"cause":...}
//
// The caller keeps stdin open while the execution runs: end of file means the caller has gone (or
// given up), so the runner exits rather than outlive it.
//
// Packages are resolved from ORDERS_NODE_MODULES_ROOT (the directory holding package.json and
// node_modules), because this file may run from a temporary copy and ES module imports ignore NODE_PATH.
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

// aws-local-stepfunctions 3 targets node 22; node 20 lacks only this one API. It must exist before
// the library loads, hence the require below rather than a hoisted static import.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const root = process.env.ORDERS_NODE_MODULES_ROOT ?? process.cwd();
const require = createRequire(join(root, 'package.json'));
const { StateMachine } = require('aws-local-stepfunctions');

function print(outcome) {
  process.stdout.write(JSON.stringify(outcome) + '\n', () => process.exit(0));
}

// The library keys its overrides by state name, so every Task state, including those nested in
// Parallel branches and Map processors, is listed with the resource it names.
function taskResources(definition, found = new Map()) {
  for (const [name, state] of Object.entries(definition.States ?? {})) {
    if (state.Type === 'Task') {
      const known = found.get(name);
      if (known !== undefined && known !== state.Resource) {
        throw new Error(`Task state name '${name}' is used for both ${known} and ${state.Resource}`);
      }
      found.set(name, state.Resource);
    }
    for (const branch of state.Branches ?? []) taskResources(branch, found);
    if (state.Iterator) taskResources(state.Iterator, found);
    if (state.ItemProcessor) taskResources(state.ItemProcessor, found);
  }
  return found;
}

function taskHandler(taskEndpoint, resource) {
  const url = `${taskEndpoint}/invoke?resource=${encodeURIComponent(resource)}`;
  return async (input) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const text = await response.text();
    if (response.headers.has('x-amz-function-error') || response.status >= 400) {
      let body = {};
      try {
        body = JSON.parse(text);
      } catch {
        body = { errorMessage: text };
      }
      // Retry and Catch match ErrorEquals against the error's name.
      const failure = new Error(body.errorMessage ?? `Task ${resource} answered HTTP ${response.status}`);
      failure.name = body.errorType ?? 'States.TaskFailed';
      throw failure;
    }
    return text === '' ? null : JSON.parse(text);
  };
}

function retryIntervalOverrides(definition, millis, found = {}) {
  for (const [name, state] of Object.entries(definition.States ?? {})) {
    if (state.Retry) found[name] = millis;
    for (const branch of state.Branches ?? []) retryIntervalOverrides(branch, millis, found);
    if (state.Iterator) retryIntervalOverrides(state.Iterator, millis, found);
    if (state.ItemProcessor) retryIntervalOverrides(state.ItemProcessor, millis, found);
  }
  return found;
}

async function run(job) {
  const handlers = {};
  for (const [name, resource] of taskResources(job.definition)) {
    handlers[name] = taskHandler(job.taskEndpoint, resource);
  }
  const overrides = { taskResourceLocalHandlers: handlers };
  if (typeof job.retryIntervalMillis === 'number') {
    overrides.retryIntervalOverrides = retryIntervalOverrides(job.definition, job.retryIntervalMillis);
  }
  const machine = new StateMachine(job.definition);
  try {
    const output = await machine.run(job.input ?? {}, { overrides }).result;
    print({ status: 'SUCCEEDED', output });
  } catch (failure) {
    // The library wraps the state's error; its name and message are what AWS reports as Error and Cause.
    const cause = failure.cause ?? failure;
    print({ status: 'FAILED', error: cause.name, cause: cause.message });
  }
}

let started = false;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (started || line.trim() === '') return;
  started = true;
  run(JSON.parse(line)).catch((failure) => {
    process.stderr.write(`${failure.stack ?? failure}\n`);
    process.exit(2);
  });
});
lines.on('close', () => process.exit(started ? 3 : 4));
