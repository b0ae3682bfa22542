// Builds dist/Code.js: one script file whose entry points are top-level function declarations,
// as Apps Script requires (GasPlugin turns each `global.fn = fn` in src/server/index.ts into one).
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');

module.exports = {
  mode: 'production',
  devtool: false,
  context: __dirname,
  entry: './src/server/index.ts',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'Code.js',
    clean: false,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2020' } }],
  },
  optimization: {
    // Minified names would still work, but readable code makes Apps Script stack traces usable.
    minimize: false,
  },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: true })],
};
