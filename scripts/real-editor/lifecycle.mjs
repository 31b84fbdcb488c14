// Runs a harness script so that whatever it started (server, browser, temp folders) is
// always released: on success, on an exception, on Ctrl-C or SIGTERM, and when the overall
// time limit (`limitTime`) runs out. Cleanups run last-registered first.
const cleanups = [];

export function onCleanup(fn) {
  cleanups.push(fn);
}

let cleaning;
function cleanUp() {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop();
      try {
        await fn();
      } catch (error) {
        console.error(`[harness] cleanup failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  })();
  return cleaning;
}

async function abort(reason, code) {
  console.error(`[harness] ${reason}: stopping`);
  await cleanUp();
  process.exit(code);
}

let timer;

/**
 * Starts (or restarts) the overall time limit; BULLETIN_HARNESS_TIMEOUT (seconds) overrides
 * `limitMs`. Called once the pinned VS Code is provisioned: a first provisioning on a busy
 * machine takes minutes and is bounded by its own steps, not by the suite's limit.
 */
export function limitTime(limitMs) {
  const limit = Number(process.env.BULLETIN_HARNESS_TIMEOUT) * 1000 || limitMs;
  clearTimeout(timer);
  timer = setTimeout(() => abort(`time limit of ${limit / 1000} s exceeded`, 1), limit);
}

/** Runs `main` (which returns the process exit code), then the cleanups, whatever happens. */
export async function runHarness(main) {
  process.once('SIGINT', () => abort('interrupted', 130));
  process.once('SIGTERM', () => abort('terminated', 143));
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    console.error(`[harness] ${error instanceof Error ? error.message : error}`);
  } finally {
    clearTimeout(timer);
    await cleanUp();
  }
  process.exitCode = code;
}
