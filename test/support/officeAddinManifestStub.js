// Stands in for office-addin-manifest inside jest: office-addin-mock only reads its OfficeApp enum, and the real
// package's dependencies are ESM-only, which jest's CommonJS runtime cannot load.
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};
