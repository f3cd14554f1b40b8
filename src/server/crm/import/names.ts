/**
 * One "full name" cell to a first and a last name, as exports hold them: "Jean-Pierre Le
 * Gall", "LE GALL Jean-Pierre" (the French habit of the surname first, in capitals), "Le Gall,
 * Jean-Pierre", "Dr. Ann Smith", "Ludwig van Beethoven". The rules, in order:
 *   1. titles before the name go ("Dr.", "Mr", "M.", "Mme", "Maître"…): the contact has no
 *      field for them, and they are not part of either name;
 *   2. "Last, First" — a comma separates the family name from the given names (but "John
 *      Smith, Jr." keeps its suffix with the family name);
 *   3. capitals mark the surname: when some words are in capitals and others are not, the
 *      capitalised words are the last name, wherever they stand;
 *   4. otherwise given names come first, and the last name starts at a particle ("Le",
 *      "de", "van"…) or is the last word: "Mary Ann Smith" → Mary Ann / Smith;
 *   5. a single word is the last name (first name empty): in a business file a lone word is
 *      how the person is addressed ("M. Dupont"), and lists sort by it.
 * Surnames written in capitals are recased ("LE GALL" → "Le Gall", "D'ESTAING" → "d'Estaing");
 * words typed in lower or mixed case are kept as typed.
 */
export type SplitName = { firstName: string; lastName: string };

const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "m", "mme", "mlle", "me", "pr", "docteur", "maitre", "monsieur", "madame", "mademoiselle"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md"]);
/** Words that open a family name, in the languages of our customers' customers. */
const PARTICLES = new Set(["le", "la", "de", "du", "des", "d", "van", "von", "der", "den", "ter", "di", "da", "dos", "das", "del", "della", "ben", "bin", "ibn", "al", "el", "st", "saint", "sainte"]);
/** Particles written in lower case inside a family name ("de Gaulle", "van Beethoven"); "Le", "La" keep their capital. */
const LOWER_PARTICLES = new Set(["de", "du", "des", "d", "van", "von", "der", "den", "ter", "di", "da", "dos", "das", "del", "della"]);

const bare = (w: string) =>
  w
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[.’']+$/u, "");
const hasLetters = (w: string) => (w.match(/\p{L}/gu) ?? []).length >= 2;
const isCapitals = (w: string) => hasLetters(w) && w === w.toUpperCase() && w !== w.toLowerCase();

/** "LE" → "Le", "D'ESTAING" → "d'Estaing", "MAC-ARTHUR" → "Mac-Arthur". */
function recase(word: string, inSurname: boolean): string {
  return word.replace(/\p{L}+/gu, (part, offset: number) => {
    const lower = part.toLowerCase();
    const elided = word[offset + part.length] === "'" || word[offset + part.length] === "’";
    if (inSurname && offset === 0 && LOWER_PARTICLES.has(lower) && (elided || word.length === part.length)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

const join = (words: string[]) => words.join(" ");

export function splitFullName(raw: string): SplitName {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!text) return { firstName: "", lastName: "" };

  // 2. "Le Gall, Jean-Pierre" (but "Smith, Jr." is one name with a suffix).
  const comma = text.indexOf(",");
  if (comma > 0) {
    const before = text.slice(0, comma).trim();
    const after = text.slice(comma + 1).trim();
    if (after && !SUFFIXES.has(bare(after))) {
      const first = dropTitles(after.split(" "));
      return { firstName: join(first.map((w) => (isCapitals(w) ? recase(w, false) : w))), lastName: join(before.split(" ").map((w) => (isCapitals(w) ? recase(w, true) : w))) };
    }
  }

  const words = dropTitles(text.replace(",", "").split(" "));
  const allCapitals = words.every((w) => isCapitals(w) || !hasLetters(w));
  const fix = (ws: string[], surname: boolean) => ws.map((w) => (isCapitals(w) ? recase(w, surname) : w));

  // 5. A single word.
  if (words.length === 1) return { firstName: "", lastName: fix(words, true)[0]! };

  // 3. Capitals mark the surname, before or after the given names.
  if (!allCapitals) {
    const caps = words.filter(isCapitals);
    if (caps.length > 0) return { firstName: join(words.filter((w) => !isCapitals(w))), lastName: join(fix(caps, true)) };
  }

  // 4. Given names first; the family name starts at a particle, or is the last word.
  // A suffix ("Jr.") stays with the family name before it.
  const end = words.length >= 3 && SUFFIXES.has(bare(words.at(-1)!)) ? words.length - 2 : words.length - 1;
  const particle = words.findIndex((w, i) => i >= 1 && i < end && PARTICLES.has(bare(w)));
  const at = particle > 0 ? particle : end;
  return { firstName: join(fix(words.slice(0, at), false)), lastName: join(fix(words.slice(at), true)) };
}

/** 1. Titles go, as long as a name remains. */
function dropTitles(words: string[]): string[] {
  let start = 0;
  while (start < words.length - 1 && TITLES.has(bare(words[start]!))) start++;
  return words.slice(start);
}
