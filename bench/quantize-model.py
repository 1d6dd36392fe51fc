#!/usr/bin/python3
"""Dynamic int8 quantization of a generated test model (bench/embed.ts's q8 variant), with onnx + numpy only
(onnxruntime's Python quantizer is not installed here). The same graph rewrite onnxruntime's `quantize_dynamic`
emits for MatMul (weight_type QInt8, per tensor):

  MatMul(x, W)  ->  DynamicQuantizeLinear(x) -> MatMulInteger(x_q, W_q int8, x_zp, 0) -> Cast(float)
                    -> Mul(x_scale * W_scale)

and Gather(E, ids) on an embedding table -> Gather(E_q int8, ids) -> DequantizeLinear(scale). Activation-by-activation
MatMuls (attention scores) stay fp32, as they do in onnxruntime's output. Weights are int8, so the file is about a
quarter of the fp32 one, like the hub's `model_quantized.onnx`.

Usage: /usr/bin/python3 bench/quantize-model.py <model.onnx> <model_quantized.onnx>
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

src, dst = sys.argv[1], sys.argv[2]
model = onnx.load(src)
graph = model.graph
weights = {t.name: t for t in graph.initializer}
quantized = {}  # weight name -> (int8 name, scale name, zero-point name)
added = []


def quantize_weight(name):
    if name not in quantized:
        w = numpy_helper.to_array(weights[name])
        scale = np.float32(max(float(np.abs(w).max()), 1e-8) / 127.0)
        added.append(numpy_helper.from_array(np.clip(np.round(w / scale), -127, 127).astype(np.int8), name + '_quantized'))
        added.append(numpy_helper.from_array(np.array(scale, np.float32), name + '_scale'))
        added.append(numpy_helper.from_array(np.array(0, np.int8), name + '_zero_point'))
        quantized[name] = (name + '_quantized', name + '_scale', name + '_zero_point')
    return quantized[name]


nodes = []
for n in graph.node:
    if n.op_type == 'MatMul' and n.input[1] in weights:
        wq, ws, wz = quantize_weight(n.input[1])
        p = n.name or n.output[0]
        nodes += [
            helper.make_node('DynamicQuantizeLinear', [n.input[0]], [p + '.xq', p + '.xs', p + '.xz'], name=p + '.dql'),
            helper.make_node('MatMulInteger', [p + '.xq', wq, p + '.xz', wz], [p + '.i32'], name=p + '.mmi'),
            helper.make_node('Cast', [p + '.i32'], [p + '.f32'], name=p + '.cast', to=TensorProto.FLOAT),
            helper.make_node('Mul', [p + '.xs', ws], [p + '.scale'], name=p + '.scale'),
            helper.make_node('Mul', [p + '.f32', p + '.scale'], [n.output[0]], name=p + '.deq'),
        ]
    elif n.op_type == 'Gather' and n.input[0] in weights and numpy_helper.to_array(weights[n.input[0]]).ndim == 2:
        wq, ws, wz = quantize_weight(n.input[0])
        p = n.name or n.output[0]
        nodes += [
            helper.make_node('Gather', [wq, n.input[1]], [p + '.q'], name=p + '.gq', axis=0),
            helper.make_node('DequantizeLinear', [p + '.q', ws, wz], [n.output[0]], name=p + '.dq'),
        ]
    else:
        nodes.append(n)

kept = [t for t in graph.initializer if t.name not in quantized]
del graph.node[:]
graph.node.extend(nodes)
del graph.initializer[:]
graph.initializer.extend(kept + added)
onnx.checker.check_model(model)
onnx.save(model, dst)
print(f'wrote {dst}: {len(quantized)} weight tensors quantized to int8')
