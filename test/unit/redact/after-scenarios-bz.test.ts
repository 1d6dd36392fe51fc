import { describe, expect, it } from 'vitest';
import { r, unchanged, PW } from './made-up';

/** The rule added after held-out memory scenarios BZ, on values and sentences made up here. */
describe('a commit message of the "docs" type', () => {
  it('quotes no product\'s documentation: a code or a password in its prose is masked', () => {
    expect(r('docs: welcome notes for the new starter. workshop is behind the bakery on Mill Street, gate code 40317. add a map')).toBe(
      `docs: welcome notes for the new starter. workshop is behind the bakery on Mill Street, gate code ${PW}. add a map`,
    );
    expect(r('docs(setup): the staging login is admin / Tq7vPz2mWx for now')).toBe(`docs(setup): the staging login is admin / ${PW} for now`);
  });

  it('a command after "docs:" may still be the docs\' own sample, and a product\'s docs stay quoted', () => {
    unchanged("docs: curl -d 'password=readwrite' https://test.example");
    unchanged("Proxmox docs: curl -k -d 'username=root@pam&password=Tq7vPz2mWx' https://host:8006");
  });
});
