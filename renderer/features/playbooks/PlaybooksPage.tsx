export function PlaybooksPage() {
  return null;
}
