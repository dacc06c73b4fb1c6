module.exports = require('openmrs/default-rspack-config');
