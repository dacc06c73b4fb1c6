// Builds the O3 harness (test-only, e2e/harness) into target/e2e-harness: `npm run build:e2e`, after `npm run build`.
// Never part of the npm package or of the .omod; the runner serves it only in the end-to-end test.
const { resolve } = require('path');
const { container, HtmlRspackPlugin } = require('@rspack/core');
const frameworkVersion = require('@openmrs/esm-framework/package.json').version;

const framework = resolve(__dirname, 'harness/framework.tsx');

/** What the app shell shares, one copy for the page and every module; the framework is the harness's. */
const singleton = (name, extra = {}) => ({ singleton: true, eager: true, requiredVersion: false, ...extra });

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
        react: singleton('react'),
        'react-dom': singleton('react-dom'),
        'react-i18next': singleton('react-i18next'),
        i18next: singleton('i18next'),
        'react-router-dom': singleton('react-router-dom'),
        rxjs: singleton('rxjs'),
        dayjs: singleton('dayjs'),
        'single-spa': singleton('single-spa'),
        '@carbon/react': singleton('@carbon/react'),
        'swr/_internal': singleton('swr/_internal', { version: require('swr/package.json').version }),
        '@openmrs/esm-framework': singleton('@openmrs/esm-framework', { import: framework, version: frameworkVersion }),
        '@openmrs/esm-framework/src/internal': singleton('@openmrs/esm-framework/src/internal', {
          import: resolve(__dirname, 'harness/framework-internal.ts'),
          version: frameworkVersion,
        }),
      },
    }),
  ],
  performance: { hints: false },
};
