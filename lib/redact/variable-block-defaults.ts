import type { Finder, SecretSpan } from './rules';
import { classifyKey, isPlaceholder } from './values';

/**
 * AW's round: a Terraform (or OpenTofu, Packer) variable block named for a secret, with the value as its default:
 * `variable "db_password" {` … `default = "…"` … `}`. The name stands on the block's first line, the value lines
 * below it, so no `key = value` rule sees the two together. The block is read to its closing brace (at most 12
 * lines); a reference (`var.x`, `${…}`), a placeholder or an empty string is left.
 */
const VARIABLE_BLOCK = /(?<![\w-])variable[ \t]+"([A-Za-z_][\w-]{0,63})"[ \t]*\{[ \t]*\r?\n/g;
const DEFAULT_LINE = /^[ \t]*default[ \t]*=[ \t]*"([^"\n\\]{4,200})"[ \t]*(?:(?:#|\/\/)[^\n]*)?$/;

function findVariableBlockDefaults(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  VARIABLE_BLOCK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VARIABLE_BLOCK.exec(text)); ) {
    const kind = classifyKey(m[1]!);
    if (kind !== 'password' && kind !== 'secret') continue;
    let at = m.index + m[0].length;
    for (let line = 0; line < 12 && at < text.length; line++) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const row = text.slice(at, end).replace(/\r$/, '');
      if (/^[ \t]*\}/.test(row)) break;
      const d = DEFAULT_LINE.exec(row);
      if (d) {
        const value = d[1]!;
        if (!isPlaceholder(value) && !/\$\{|^(?:var|local|data|module)\./.test(value)) {
          const start = at + row.indexOf(`"${value}"`) + 1;
          spans.push({ start, end: start + value.length, label: kind === 'password' ? 'password' : 'api key' });
        }
        break;
      }
      at = end + 1;
    }
  }
  return spans;
}

export const VARIABLE_BLOCK_DEFAULT_FINDERS: readonly Finder[] = [{ name: 'variable-block-defaults', find: findVariableBlockDefaults, trigger: /variable/ }];
