/**
 * The credentials that a local development database is set up with, and that tutorials, `docker run` lines and
 * `.env.example` files print: `postgres:postgres@localhost`, `root:root@127.0.0.1`, `user:password@localhost`. On a
 * host that only the machine itself can reach they open nothing anyone else could use, and they are the same in
 * everyone's copy, so they are not redacted. A password of any other shape on localhost still is.
 */

/** Hosts reachable from the machine itself only (a port or a path may follow). */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[\w-]+\.localhost)(?=$|[:/?#])/i;

/** Passwords that setup guides and official images use by default. */
export const DEFAULT_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'secret', 'changeme', 'admin', 'root', 'test', 'guest', 'dev', 'local', 'default',
  'postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'rabbitmq', 'mysecretpassword', 'example', 'pwd', 'toor',
]);

/** Whether `user:password@host` is a default local setup: the password is the user's name or a default one, and the host is local. */
export function isLocalDefaultCredential(user: string, password: string, host: string): boolean {
  if (!LOCAL_HOST.test(host)) return false;
  const p = password.toLowerCase();
  return p === user.toLowerCase() || DEFAULT_PASSWORDS.has(p);
}
