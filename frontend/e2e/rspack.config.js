// Builds the O3 harness (test-only, e2e/harness) into target/e2e-harness: `npm run build:e2e`, after `npm run build`.
// Never part of the npm package or of the .omod; the runner serves it only in the end-to-end test.
const { resolve } = require('path');
const { container, HtmlRspackPlugin } = require('@rspack/core');
const frameworkVersion = require('@openmrs/esm-framework/package.json').version;

const framework = resolve(__dirname, 'harness/framework.tsx');

/** One copy for the page and every module, as the app shell shares them */
const singleton = (extra = {}) => ({ singleton: true, eager: true, requiredVersion: false, ...extra });

const appShellShared = ['react', 'react-dom', 'react-i18next', 'i18next', 'react-router-dom', 'rxjs', 'dayjs', 'single-spa', '@carbon/react'];

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: { harness: './harness/index.ts' },
  output: {
    path: resolve(__dirname, '../target/e2e-harness'),
    publicPath: '/openmrs/spa/',
    clean: true,
  },
  devtool: false,
  resolve: {
    extensions: ['.tsx', '.ts', '.js', '.json'],
    // the harness takes its framework from the share scope too, so that the bundle and the page have one copy
    alias: { '@openmrs/esm-framework$': framework },
  },
  module: {
    rules: [
      {
        test: /\.m?(js|ts|tsx)$/,
        exclude: /node_modules/,
        loader: 'builtin:swc-loader',
        options: { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'classic' } } } },
      },
      {
        test: /\.s?css$/,
        use: [
          'style-loader',
          'css-loader',
          {
            loader: 'sass-loader',
            options: { api: 'modern-compiler', implementation: require.resolve('sass-embedded'), sassOptions: { quietDeps: true, silenceDeprecations: ['import'] } },
          },
        ],
      },
      { test: /\.(woff2?|ttf|eot|png|svg)$/, type: 'asset/resource' },
    ],
  },
  plugins: [
    new HtmlRspackPlugin({ template: './harness/index.html', inject: 'body' }),
    new container.ModuleFederationPlugin({
      name: 'boundaries_e2e_harness',
      shared: {
        ...Object.fromEntries(appShellShared.map((name) => [name, singleton()])),
        // SWR by its internals, which hold the context every copy of useSWR reads
        'swr/_internal': singleton({ version: require('swr/package.json').version }),
        // the framework is the harness's (harness/framework.tsx), under both keys the app shell and modules use
        '@openmrs/esm-framework': singleton({ import: framework, version: frameworkVersion }),
        '@openmrs/esm-framework/src/internal': singleton({
          import: resolve(__dirname, 'harness/framework-internal.ts'),
          version: frameworkVersion,
        }),
      },
    }),
  ],
  performance: { hints: false },
};
