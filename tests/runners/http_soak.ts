/**
 * RSS soak: 100,000 mixed requests against a compiled app (-O2); VmRSS is
 * sampled every 10,000 requests and must stay flat (growth after warm-up
 * under 1 MiB). Run with `make soak-http`.
 */
import fs from "node:fs";
import path from "node:path";
import { root, workDir, buildNative } from "./common";
import { Conn, request, startProc, waitExit } from "./httpclient";
import { prepareWww } from "./httpcases";
import { load } from "./httpload";

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : -1;
}

async function main(): Promise<number> {
  const total = Number(process.env.SOAK_REQUESTS ?? 100_000);
  prepareWww(root);
  const exe = await buildNative(path.join(root, "tests", "http", "soak", "mixed.ts"), path.join(workDir, "http-soak"), {
    cflags: [],
    optimize: "-O2",
    debug: false,
  });
  const proc = startProc(exe, []);
  (await Conn.open(18490, "127.0.0.1")).close();
  const pid = proc.child.pid!;
  const samples: [number, number][] = [[0, rssKb(pid)]];
  const t0 = Date.now();
  await load(18490, total, 4, 10, 5, (done) => {
    samples.push([done, rssKb(pid)]);
    console.log(`${String(done).padStart(7)} requests  VmRSS ${rssKb(pid)} kB`);
  });
  const secs = (Date.now() - t0) / 1000;
  const q = await Conn.open(18490, "127.0.0.1");
  q.send(request("GET", "/quit"));
  await q.read(1);
  q.close();
  await waitExit(proc, 10_000);
  const warm = samples.find((s) => s[0] >= 10_000)?.[1] ?? samples[0][1];
  const last = samples[samples.length - 1][1];
  const max = Math.max(...samples.map((s) => s[1]));
  console.log(
    `${total} requests in ${secs.toFixed(1)} s; VmRSS after 10k ${warm} kB, at the end ${last} kB, max ${max} kB`,
  );
  if (max - warm > 1024) {
    console.log("FAIL: RSS grew by more than 1 MiB after warm-up");
    return 1;
  }
  console.log("OK: RSS flat");
  return 0;
}

main().then(
  (c) => process.exit(c),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
