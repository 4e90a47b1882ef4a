// `corroborate serve` for a test that must act while an export is running: each document takes
// PACE_MS longer to render, so a click on Cancel cannot lose a race with a fast machine.
//   node <bundle> LIBRARY_DIR PACE_MS        (CORROBORATE_ROOT: the project folder)
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Core } from '../../../main/core/core';
import { inProcessRenderer, type DocumentRenderer } from '../../../main/core/exports/document-renderer';
import { createCoreHandlers } from '../../../main/core/handlers';
import { startWebBridge } from '../../../main/web/web-bridge';

const [library, paceMs] = process.argv.slice(2);
const renderer = inProcessRenderer();
const pacedRenderer: DocumentRenderer = {
  width: 1,
  render: async (request) => {
    await sleep(Number(paceMs));
    return renderer.render(request);
  },
};
const core = await Core.open(library!, { lock: { description: 'paced test server' }, exportRenderer: pacedRenderer });
const bridge = await startWebBridge({
  handlers: createCoreHandlers(core),
  rendererDir: join(process.env.CORROBORATE_ROOT!, 'out', 'renderer'),
  port: 0,
  onInternalError: (error, channel) => process.stderr.write(`internal error in ${channel}: ${String(error)}\n`),
});
process.stdout.write(`Open ${bridge.url}\n`);
process.once('SIGTERM', () => void bridge.close().then(() => core.close()).then(() => process.exit(0)));
