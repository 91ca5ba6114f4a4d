// A self-signed localhost certificate made without sudo: office-addin-dev-certs' files when they exist,
// otherwise openssl. Browsers warn once; Excel desktop needs the office-addin-dev-certs CA installed to trust it.
const { execFileSync } = require('node:child_process');
const { copyFileSync, existsSync, mkdirSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

const CERT_DIR = join(__dirname, '..', '.certs');
const KEY = join(CERT_DIR, 'localhost.key');
const CERT = join(CERT_DIR, 'localhost.crt');

function ensureCertificate() {
  if (existsSync(KEY) && existsSync(CERT)) return { key: KEY, cert: CERT, origin: 'existing' };
  mkdirSync(CERT_DIR, { recursive: true });
  const devCerts = join(homedir(), '.office-addin-dev-certs');
  if (existsSync(join(devCerts, 'localhost.key')) && existsSync(join(devCerts, 'localhost.crt'))) {
    copyFileSync(join(devCerts, 'localhost.key'), KEY);
    copyFileSync(join(devCerts, 'localhost.crt'), CERT);
    return { key: KEY, cert: CERT, origin: 'office-addin-dev-certs' };
  }
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '365',
      '-keyout',
      KEY,
      '-out',
      CERT,
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: KEY, cert: CERT, origin: 'openssl' };
}

module.exports = { ensureCertificate, CERT_DIR };
