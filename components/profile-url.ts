/** The page a key points at, to open a person's profile from their card. */
export function profileUrl(key: string): string | null {
  const i = key.indexOf(':');
  const kind = key.slice(0, i);
  const value = encodeURIComponent(key.slice(i + 1)).replace(/%40/g, '@');
  switch (kind) {
    case 'email':
      return `mailto:${key.slice(i + 1)}`;
    case 'phone':
      return `tel:${key.slice(i + 1)}`;
    case 'whatsapp':
      return `https://web.whatsapp.com/send?phone=${key.slice(i + 2)}`;
    case 'facebook':
      return key.startsWith('facebook:id:')
        ? `https://www.facebook.com/profile.php?id=${key.slice(12)}`
        : `https://www.facebook.com/${value}`;
    case 'instagram':
      return `https://www.instagram.com/${value}/`;
    case 'linkedin':
      return `https://www.linkedin.com/in/${value}/`;
    case 'x':
      return `https://x.com/${value}`;
    default:
      return null;
  }
}
