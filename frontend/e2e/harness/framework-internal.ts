// The app shell also shares the framework as '@openmrs/esm-framework/src/internal': the same module, by its other key
export * from './framework';
