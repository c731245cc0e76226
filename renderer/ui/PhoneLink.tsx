import { telHref } from '../../shared/security/csp';

/** A phone number as written, linked for the system's dialer when it is a number the link rule accepts. */
export function PhoneLink({ phone }: { phone: string }) {
  const href = telHref(phone);
  return href ? <a href={href}>{phone}</a> : <>{phone}</>;
}
