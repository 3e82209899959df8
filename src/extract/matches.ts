// Every match of a global regular expression in a text, without String#matchAll's per-call copy of
// the expression (most segments are short, so that copy cost more than the search itself).

/** All matches of `re` (which must have the g flag) in `text`, in order. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    found.push(m);
    // An empty match would find itself again: step past it (a whole code point with the u flag).
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return found;
}
