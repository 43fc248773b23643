export function shout(s: string): string {
  return s.toUpperCase() + "!";
}
export function whisper(s: string): string {
  return s.toLowerCase() + "...";
}
export const SEP = " | ";
