// Stands in for office-addin-manifest inside jest: office-addin-mock imports it but never calls it here.
module.exports = {};
