#!/usr/bin/python3
"""Writes a BERT ONNX model with all-MiniLM-L6-v2's inputs/outputs: random weights for tests and speed benchmarks,
or, with --safetensors, a real BERT checkpoint's weights (scripts/real-models.py converts all-MiniLM-L6-v2 this way).

Inputs input_ids, attention_mask, token_type_ids (int64 [batch, seq]); output last_hidden_state (float32
[batch, seq, hidden]). Graph: word + position + token-type embeddings (Gather), LayerNormalization, then per layer
masked multi-head self-attention (MatMul/Softmax) and a GELU feed-forward, each with residual + LayerNormalization.
The real tokenizer/config files are copied from /work/shared/models/all-MiniLM-L6-v2 (never committed: the output
folder is the gitignored .cache/). onnx/model_quantized.onnx is a copy of the fp32 file (not quantized).

Usage: /usr/bin/python3 scripts/make-test-model.py [--out .cache/test-model] [--layers 2 --hidden 384 --heads 12
       --intermediate 1536]   (the "default architecture" is --layers 6, same shape as all-MiniLM-L6-v2)
       /usr/bin/python3 scripts/make-test-model.py --safetensors model.safetensors --layers 6 --out DIR
"""
import argparse
import json
import os
import shutil

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, '..', 'shared', 'models', 'all-MiniLM-L6-v2')

p = argparse.ArgumentParser()
p.add_argument('--out', default=os.path.join(ROOT, '.cache', 'test-model'))
p.add_argument('--layers', type=int, default=2)
p.add_argument('--hidden', type=int, default=384)
p.add_argument('--heads', type=int, default=12)
p.add_argument('--intermediate', type=int, default=1536)
p.add_argument('--max-positions', type=int, default=512)
p.add_argument('--seed', type=int, default=1)
p.add_argument('--safetensors', default=None, help='take the weights from this BERT checkpoint instead of random')
args = p.parse_args()


def read_safetensors(path):
    """The safetensors layout: an 8-byte little-endian header length, a JSON header of name → dtype/shape/offsets,
    then the raw tensors (read with numpy alone, so no torch or safetensors package is needed)."""
    dtypes = {'F32': np.float32, 'F16': np.float16, 'I64': np.int64}
    with open(path, 'rb') as f:
        n = int.from_bytes(f.read(8), 'little')
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, t in header.items():
        if name == '__metadata__':
            continue
        start, end = t['data_offsets']
        out[name] = np.frombuffer(data[start:end], dtype=dtypes[t['dtype']]).reshape(t['shape']).astype(np.float32)
    return out


real = read_safetensors(args.safetensors) if args.safetensors else None

rng = np.random.default_rng(args.seed)
config = json.load(open(os.path.join(SOURCE, 'config.json')))
vocab = config.get('vocab_size', 30522)
H, A, L, I = args.hidden, args.heads, args.layers, args.intermediate
D = H // A
inits, nodes = [], []


def weight(name, shape, scale=0.05, source=None, transpose=False):
    """A random tensor, or the checkpoint's `source` tensor (torch Linear weights are [out, in]: transposed)."""
    if real is not None and source is not None:
        array = real[source].T if transpose else real[source]
        assert tuple(array.shape) == tuple(shape), f'{source}: {array.shape} != {shape}'
    else:
        array = rng.standard_normal(shape) * scale
    inits.append(numpy_helper.from_array(np.ascontiguousarray(array, dtype=np.float32), name))
    return name


def const(name, array):
    inits.append(numpy_helper.from_array(np.asarray(array), name))
    return name


def node(op, inputs, name, **attrs):
    nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
    return name


def layer_norm(x, prefix, source=None):
    if real is not None and source is not None:
        g = const(prefix + '.gamma', real[source + '.weight'])
        b = const(prefix + '.beta', real[source + '.bias'])
    else:
        g = const(prefix + '.gamma', np.ones(H, np.float32))
        b = const(prefix + '.beta', np.zeros(H, np.float32))
    return node('LayerNormalization', [x, g, b], prefix + '.out', axis=-1, epsilon=1e-12)


def dense(x, n_in, n_out, prefix, source=None):
    w = weight(prefix + '.W', (n_in, n_out), source=source and source + '.weight', transpose=True)
    m = node('MatMul', [x, w], prefix + '.mm')
    return node('Add', [m, weight(prefix + '.b', (n_out,), 0.01, source=source and source + '.bias')], prefix + '.out')


# embeddings: word + position(0..seq-1) + token type
word = node('Gather', [weight('emb.word', (vocab, H), 0.5, 'embeddings.word_embeddings.weight'), 'input_ids'], 'emb.word.out')
shape = node('Shape', ['input_ids'], 'ids.shape')
seq_len = node('Gather', [shape, const('one_idx', np.array(1, np.int64))], 'seq.len', axis=0)
positions = node('Range', [const('zero_s', np.array(0, np.int64)), seq_len, const('one_s', np.array(1, np.int64))], 'positions')
pos = node('Gather', [weight('emb.pos', (args.max_positions, H), 0.1, 'embeddings.position_embeddings.weight'), positions], 'emb.pos.out')
typ = node('Gather', [weight('emb.type', (2, H), 0.1, 'embeddings.token_type_embeddings.weight'), 'token_type_ids'], 'emb.type.out')
x = node('Add', [node('Add', [word, pos], 'emb.sum1'), typ], 'emb.sum2')
x = layer_norm(x, 'emb.ln', 'embeddings.LayerNorm')

# attention mask → additive bias [batch, 1, 1, seq]: 0 where attended, -1e4 where padding
mask_f = node('Cast', ['attention_mask'], 'mask.f', to=TensorProto.FLOAT)
mask_u = node('Unsqueeze', [mask_f, const('mask.axes', np.array([1, 2], np.int64))], 'mask.u')
mask_bias = node('Mul', [node('Sub', [const('one_f', np.array(1, np.float32)), mask_u], 'mask.inv'),
                         const('neg_f', np.array(-10000.0, np.float32))], 'mask.bias')
heads_shape = const('heads.shape', np.array([0, 0, A, D], np.int64))
merge_shape = const('merge.shape', np.array([0, 0, H], np.int64))
scale = const('att.scale', np.array(1.0 / np.sqrt(D), np.float32))

for l in range(L):
    pre = f'l{l}'
    src = f'encoder.layer.{l}'

    def split_heads(t, kind, perm):
        r = node('Reshape', [t, heads_shape], f'{pre}.{kind}.r')
        return node('Transpose', [r], f'{pre}.{kind}.t', perm=perm)

    q = split_heads(dense(x, H, H, f'{pre}.q', f'{src}.attention.self.query'), 'q', [0, 2, 1, 3])
    k = split_heads(dense(x, H, H, f'{pre}.k', f'{src}.attention.self.key'), 'k', [0, 2, 3, 1])
    v = split_heads(dense(x, H, H, f'{pre}.v', f'{src}.attention.self.value'), 'v', [0, 2, 1, 3])
    scores = node('Add', [node('Mul', [node('MatMul', [q, k], f'{pre}.qk'), scale], f'{pre}.scaled'), mask_bias], f'{pre}.masked')
    probs = node('Softmax', [scores], f'{pre}.probs', axis=-1)
    ctx = node('Transpose', [node('MatMul', [probs, v], f'{pre}.ctx')], f'{pre}.ctx.t', perm=[0, 2, 1, 3])
    ctx = node('Reshape', [ctx, merge_shape], f'{pre}.ctx.r')
    x = layer_norm(node('Add', [x, dense(ctx, H, H, f'{pre}.o', f'{src}.attention.output.dense')], f'{pre}.res1'), f'{pre}.ln1',
                   f'{src}.attention.output.LayerNorm')
    h = dense(x, H, I, f'{pre}.ff1', f'{src}.intermediate.dense')
    # GELU (tanh-free erf form): 0.5 * h * (1 + erf(h / sqrt 2))
    erf = node('Erf', [node('Mul', [h, const(f'{pre}.isqrt2', np.array(1 / np.sqrt(2), np.float32))], f'{pre}.hs')], f'{pre}.erf')
    gelu = node('Mul', [node('Mul', [h, const(f'{pre}.half', np.array(0.5, np.float32))], f'{pre}.hh'),
                        node('Add', [erf, const(f'{pre}.one', np.array(1, np.float32))], f'{pre}.erf1')], f'{pre}.gelu')
    x = layer_norm(node('Add', [x, dense(gelu, I, H, f'{pre}.ff2', f'{src}.output.dense')], f'{pre}.res2'), f'{pre}.ln2',
                   f'{src}.output.LayerNorm')

nodes.append(helper.make_node('Identity', [x], ['last_hidden_state'], name='output'))
ints = lambda n: helper.make_tensor_value_info(n, TensorProto.INT64, ['batch_size', 'sequence_length'])
graph = helper.make_graph(
    nodes, 'reverie_test_bert', [ints('input_ids'), ints('attention_mask'), ints('token_type_ids')],
    [helper.make_tensor_value_info('last_hidden_state', TensorProto.FLOAT, ['batch_size', 'sequence_length', H])],
    inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 17)], producer_name='reverie-make-test-model')
model.ir_version = 8
onnx.checker.check_model(model)

os.makedirs(os.path.join(args.out, 'onnx'), exist_ok=True)
onnx.save(model, os.path.join(args.out, 'onnx', 'model.onnx'))
shutil.copyfile(os.path.join(args.out, 'onnx', 'model.onnx'), os.path.join(args.out, 'onnx', 'model_quantized.onnx'))
for f in ('tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt'):
    shutil.copyfile(os.path.join(SOURCE, f), os.path.join(args.out, f))
config.update(hidden_size=H, num_attention_heads=A, num_hidden_layers=L, intermediate_size=I,
              max_position_embeddings=args.max_positions)
json.dump(config, open(os.path.join(args.out, 'config.json'), 'w'), indent=2)
print(f'wrote {args.out} ({L} layers, hidden {H}, {A} heads, intermediate {I})')
