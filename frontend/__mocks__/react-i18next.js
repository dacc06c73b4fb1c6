// Tests read the module's English (translations/en.json, made from messages.properties) with placeholders filled
// in; a key missing there shows as "[missing translation: key]", so a test fails on it.
const reactI18next = require('react-i18next');
const en = require('../translations/en.json');

function interpolate(text, values) {
  return text.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (match, name) => (values && name in values ? String(values[name]) : match));
}

function t(key, defaultOrOptions, maybeOptions) {
  const options = typeof defaultOrOptions === 'object' && defaultOrOptions !== null ? defaultOrOptions : maybeOptions;
  const text = key in en ? en[key] : `[missing translation: ${key}]`;
  return interpolate(text, options);
}

const i18n = { language: 'en' };
const useTranslation = () => ({ t, i18n });

module.exports = {
  useTranslation,
  Trans: ({ children }) => children,
  I18nextProvider: reactI18next.I18nextProvider,
  initReactI18next: reactI18next.initReactI18next,
};
