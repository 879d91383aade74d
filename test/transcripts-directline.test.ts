/**
 * The transcripts end to end, on the resident's path: a started server, Direct Line with its
 * WebSocket stream, the same YAML files as `transcripts.test.ts`. One server per content pack.
 */
import { inProcess } from './support/server.js';
import { directLinePort } from './support/ports.js';
import { runTranscript, transcripts } from './support/transcript.js';

describe('transcripts over Direct Line (WebSocket, started server)', function () {
  this.timeout(60_000);
  const servers = new Map<string, Awaited<ReturnType<typeof inProcess>>>();
  const server = async (gemeente = 'dordrecht') => {
    let s = servers.get(gemeente);
    if (!s) servers.set(gemeente, (s = await inProcess({ gemeente })));
    return s;
  };
  after(async () => {
    for (const s of servers.values()) await s.close();
  });
  for (const { file, t } of transcripts()) {
    it(`${file}: ${t.name}`, async () => {
      const port = await directLinePort((await server(t.gemeente)).base);
      try {
        await runTranscript(t, port);
      } finally {
        await port.close?.();
      }
    });
  }
});
