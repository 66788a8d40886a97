export { AppConfig, ConfigError, loadConfig, DEMO_ADMIN } from './app-config.js';
