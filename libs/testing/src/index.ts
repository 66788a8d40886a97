export * from './wait-for.js';
export * from './free-port.js';
export * from './request-json.js';
export * from './stop-process.js';
