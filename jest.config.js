/** Unit and component tests. Browser end-to-end tests run separately with `npm run test:e2e`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } }],
  },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
};
