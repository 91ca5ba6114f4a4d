/**
 * The manifest a deployment serves: every development address (https://localhost:3000/...) and the development
 * origin itself (the AppDomain, written without a trailing slash) become the deployment's, so nothing in a deployed
 * manifest names localhost.
 */
const DEV_URL = 'https://localhost:3000/';

function deployManifest(xml, deployUrl) {
  const origin = new URL(deployUrl).origin;
  return xml.split(DEV_URL).join(deployUrl).split(new URL(DEV_URL).origin).join(origin);
}

module.exports = { DEV_URL, deployManifest };
