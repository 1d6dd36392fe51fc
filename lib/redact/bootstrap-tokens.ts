import type { Finder, SecretSpan } from './rules';

/**
 * AO's round: a Kubernetes bootstrap token (`kubeadm token create`, a kubeconfig's `token:`, `kubeadm join --token`):
 * six characters, a dot, sixteen, of small letters and digits (`[a-z0-9]{6}\.[a-z0-9]{16}`), the format kubeadm
 * defines; the whole is the bearer secret that joins a node to the cluster. A host name or a file name has words on
 * each side of its dot, not a draw of digits and letters of that exact length on both.
 */
const BOOTSTRAP_TOKEN = /(?<![A-Za-z0-9_.\-/@])[a-z0-9]{6}\.[a-z0-9]{16}(?![A-Za-z0-9_\-/@]|\.[A-Za-z0-9])/g;

function findBootstrapTokens(text: string): SecretSpan[] {
  if (!text.includes('.')) return [];
  const spans: SecretSpan[] = [];
  BOOTSTRAP_TOKEN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BOOTSTRAP_TOKEN.exec(text)); ) {
    const secret = m[0].slice(7);
    // The secret half is a draw: two digits at least among four letters at least.
    if ((secret.match(/\d/g)?.length ?? 0) >= 2 && (secret.match(/[a-z]/g)?.length ?? 0) >= 4) {
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'bearer token' });
    }
  }
  return spans;
}

export const BOOTSTRAP_TOKEN_FINDERS: readonly Finder[] = [{ name: 'bootstrap-tokens', find: findBootstrapTokens }];
