/**
 * fs/ca.pem, the root CAs the HTTPS client trusts: it is what
 * scripts/build-ca-pem.sh makes from scripts/ca-roots.txt, every entry is a
 * current root CA, and the script refuses bad lists.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import tls from "node:tls";
import { X509Certificate } from "node:crypto";
import { root, run, workDir } from "./common";

const script = path.join(root, "scripts", "build-ca-pem.sh");
const bundle = path.join(root, "fs", "ca.pem");
const out = path.join(workDir, "ca");

function certs(pem: string): X509Certificate[] {
  return (pem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ?? []).map(
    (c) => new X509Certificate(c),
  );
}

describe("fs/ca.pem", () => {
  it("is exactly what the script builds from scripts/ca-roots.txt", async () => {
    fs.mkdirSync(out, { recursive: true });
    const fresh = path.join(out, "ca.pem");
    const r = await run("bash", [script, path.join(root, "scripts", "ca-roots.txt"), fresh]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\d+ certificates, \d+ bytes/);
    assert.equal(
      fs.readFileSync(fresh, "utf8"),
      fs.readFileSync(bundle, "utf8"),
      "fs/ca.pem is stale: run scripts/build-ca-pem.sh",
    );
  });

  it("holds the widely used public roots, each a current self-signed CA", () => {
    const list = certs(fs.readFileSync(bundle, "utf8"));
    assert.ok(list.length >= 30, `${list.length} roots`);
    const subjects = list.map((c) => c.subject).join("\n");
    for (const want of [
      "ISRG Root X1",
      "DigiCert Global Root G2",
      "GlobalSign",
      "USERTrust RSA",
      "Amazon Root CA 1",
      "GTS Root R1",
      "Microsoft RSA Root",
    ])
      assert.ok(subjects.includes(want), `missing ${want}`);
    for (const c of list) {
      assert.ok(c.ca, `${c.subject} is not a CA`);
      assert.ok(c.checkIssued(c), `${c.subject} is not self-signed`);
      assert.ok(new Date(c.validTo).getTime() > Date.now(), `${c.subject} expired ${c.validTo}`);
    }
  });

  it("is small enough for the SPIFFS partition and loads as a TLS trust store", () => {
    const size = fs.statSync(bundle).size;
    assert.ok(size < 64 * 1024, `${size} bytes`);
    assert.doesNotThrow(() => tls.createSecureContext({ ca: fs.readFileSync(bundle) }));
  });
});

describe("scripts/build-ca-pem.sh on bad input", () => {
  const list = (name: string, lines: string[]) => {
    fs.mkdirSync(out, { recursive: true });
    const f = path.join(out, name);
    fs.writeFileSync(f, lines.join("\n") + "\n");
    return f;
  };

  it("names an unknown certificate and writes nothing", async () => {
    const target = path.join(out, "none.pem");
    fs.rmSync(target, { force: true });
    const r = await run("bash", [script, list("unknown.txt", ["ISRG_Root_X1", "No_Such_Root"]), target]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no certificate named 'No_Such_Root'/);
    assert.equal(fs.existsSync(target), false);
  });

  it("refuses a file that is not a certificate", async () => {
    const junk = path.join(out, "junk.pem");
    fs.writeFileSync(junk, "not a certificate\n");
    const r = await run("bash", [script, list("junk.txt", [junk]), path.join(out, "junk-out.pem")]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /junk\.pem is not a PEM certificate/);
  });

  it("adds a private CA given by path and leaves out an expired one", async () => {
    const dir = path.join(out, "private");
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const sh = (cmd: string) => run("bash", ["-c", cmd], { cwd: dir });
    fs.writeFileSync(
      path.join(dir, "ca.cnf"),
      "[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n",
    );
    fs.writeFileSync(path.join(dir, "index.txt"), "");
    fs.writeFileSync(path.join(dir, "serial"), "01\n");
    const key = "-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes";
    assert.equal(
      (
        await sh(
          `openssl req -x509 ${key} -keyout own.key -out own.pem -subj /CN=Own-Root -days 30 -addext basicConstraints=critical,CA:TRUE`,
        )
      ).code,
      0,
    );
    assert.equal(
      (
        await sh(
          `openssl req -new ${key} -keyout old.key -out old.csr -subj /CN=Old-Root && ` +
            "openssl ca -batch -config ca.cnf -selfsign -keyfile old.key -in old.csr -out old.pem -startdate 20200101000000Z -enddate 20200102000000Z -notext",
        )
      ).code,
      0,
    );
    const target = path.join(dir, "bundle.pem");
    const r = await run("bash", [
      script,
      list("private.txt", ["# comment", "ISRG_Root_X1", path.join(dir, "own.pem"), path.join(dir, "old.pem")]),
      target,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /leaving out .*old\.pem: expired Jan +2 00:00:00 2020 GMT/);
    assert.match(r.stdout, /2 certificates, \d+ bytes \(1 expired left out\)/);
    assert.deepEqual(
      certs(fs.readFileSync(target, "utf8")).map((c) => c.subject),
      ["C=US\nO=Internet Security Research Group\nCN=ISRG Root X1", "CN=Own-Root"],
    );
  });
});
