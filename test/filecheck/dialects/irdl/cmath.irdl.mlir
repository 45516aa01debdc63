// An IRDL dialect definition (used by irdl-file.mlir; mlir-opt --irdl-file accepts it too).
// RUN: tsdl-opt %s -o /dev/null
irdl.dialect @cmath {
  irdl.type @complex {
    %0 = irdl.is f32
    %1 = irdl.is f64
    %2 = irdl.any_of(%0, %1)
    irdl.parameters(elem: %2)
  }
  irdl.operation @norm {
    %0 = irdl.any
    %1 = irdl.parametric @cmath::@complex<%0>
    irdl.operands(in: %1)
    irdl.results(out: %0)
  }
  irdl.operation @mul {
    %0 = irdl.is f32
    %1 = irdl.is f64
    %2 = irdl.any_of(%0, %1)
    %3 = irdl.parametric @cmath::@complex<%2>
    irdl.operands(lhs: %3, rhs: %3)
    irdl.results(res: %3)
  }
  irdl.operation @pack {
    %0 = irdl.any
    %1 = irdl.base "!builtin.integer"
    irdl.operands(xs: variadic %0, n: optional %1)
    irdl.results(r: %0)
    irdl.attributes { "tag" = %1 }
  }
  irdl.operation @scale {
    %0 = irdl.any
    irdl.operands(x: %0, factor: optional %0)
    irdl.results(r: %0)
  }
}
