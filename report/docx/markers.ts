// Named paragraph styles that mark the preamble and the closing in an exported
// .docx. They carry no formatting (the look comes from the paragraph's own
// settings), survive editing in Word/WPS/LibreOffice (a new line continues the
// style), and let the importer read both back exactly instead of guessing the
// closing by how it starts. No imports: the importer uses these names too.
export const PREAMBLE_STYLE = 'NianbaoPreamble';
export const CLOSING_STYLE = 'NianbaoClosing';
