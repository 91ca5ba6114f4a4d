/* Builds the shared runtime: one page (taskpane.html) hosts both the task pane and the custom functions. */
const path = require('node:path');
const fs = require('node:fs');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const { DEV_URL, deployManifest } = require('./scripts/deployManifest');
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The certificate scripts/start.js prepares; webpack serve falls back to its own when there is none. */
function httpsOptions() {
  const dir = path.join(__dirname, '.certs');
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  return fs.existsSync(key) && fs.existsSync(cert) ? { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } : {};
}

/** Points functions.json's help links at the deployment too, as the manifest's URLs are. */
class RewriteHelpUrls {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('RewriteHelpUrls', (compilation) => {
      const { Compilation, sources } = compiler.webpack;
      compilation.hooks.processAssets.tap({ name: 'RewriteHelpUrls', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const asset = compilation.getAsset('functions.json');
        if (!asset || this.url === DEV_URL) return;
        const text = asset.source.source().toString().split(DEV_URL).join(this.url);
        compilation.updateAsset('functions.json', new sources.RawSource(text));
      });
    });
  }
}

/**
 * The dev server's live-reload client, added to the functions entry alone. webpack-dev-server would add it to every
 * entry, and webpack then inlines it into functions.js (the chunk with the runtime) while taskpane.js, which
 * dependOn functions, still requires it by id: "Cannot find module './node_modules/webpack-dev-server/client/...'"
 * and a blank page. Without a host or port in the query the client connects back to the page's own origin.
 */
const liveReloadClient = () => `${require.resolve('webpack-dev-server/client/index.js')}?logging=info&overlay=false&reconnect=10&hot=false&live-reload=true`;

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  // A deployment swaps the localhost URLs in the manifest for its own (HARMONIZE_URL=https://example.org/harmonize/).
  const deployUrl = process.env.HARMONIZE_URL || DEV_URL;
  // office.js comes from Microsoft's CDN in a deployment, and from node_modules for development, previews and tests.
  const localOfficeJs = !production || process.env.OFFICE_JS === 'local' || deployUrl === DEV_URL;
  return {
    // No eval-based source maps: the task pane's Content-Security-Policy forbids eval, in development too.
    devtool: 'source-map',
    entry: {
      functions: serving ? [liveReloadClient(), './src/functions/functions.ts'] : './src/functions/functions.ts',
      // The pane shares the functions chunk's modules, so both use one engine and one copy of the dataset.
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules let webpack tree-shake Fluent UI and its icons; tsconfig keeps CommonJS for Node and jest.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } },
          },
        },
      ],
    },
    performance: { hints: false },
    // No `global` polyfill: webpack's falls back to `new Function("return this")`, which the CSP forbids and the
    // security test rejects. The only user (@griffel/core) reads `global` only where `window` is undefined.
    node: { global: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new RewriteHelpUrls(deployUrl),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        officeJs: localOfficeJs ? 'office-js/office.js' : CDN_OFFICE_JS,
        officeJsOrigin: localOfficeJs ? '' : ' https://appsforoffice.microsoft.com',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help/*.{html,css}', to: '[name][ext]' },
          // The IEC and JIS catalogues: fetched beside taskpane.html the first time a formula or the search needs
          // them (src/functions/catalogueSource.ts), so they cost the functions bundle and its start-up nothing.
          { from: 'src/core/dataset/catalogue.json', to: 'catalogue.json', info: { minimized: true } },
          // The changelog goes with them: only CHANGES and the workbook audit read it.
          { from: 'src/core/dataset/changelog.json', to: 'changelog.json', info: { minimized: true } },
          // And the cited records' notes: only EQUIVALENT's "note" field reads them.
          { from: 'src/core/dataset/notes.json', to: 'notes.json', info: { minimized: true } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => deployManifest(content.toString(), deployUrl),
          },
          ...(localOfficeJs
            ? [
                {
                  from: 'node_modules/@microsoft/office-js/dist',
                  to: 'office-js',
                  // Already minified by Microsoft; without this Terser spends minutes on 30 MB.
                  info: { minimized: true },
                  globOptions: { ignore: ['**/*.debug.js'] },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port: Number(process.env.PORT || 3000),
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: httpsOptions() },
      static: false,
      hot: false,
      liveReload: true,
      // The client is in the functions entry (above), not injected by the server into both.
      client: false,
      // The preview's address without a path opens the pane rather than a 404.
      setupMiddlewares: (middlewares) => [
        {
          name: 'pane-at-root',
          path: '/',
          middleware: (req, res, next) => (req.path === '/' ? res.redirect(302, `/taskpane.html${req.url.slice(1)}`) : next()),
        },
        ...middlewares,
      ],
    },
  };
};
