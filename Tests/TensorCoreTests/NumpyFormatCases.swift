// Generated from real numpy 2.4.6 output; do not edit by hand.
// Each case: dtype, shape, element bit patterns, str(a), repr(a).
@testable import TensorCore

let numpyFormatCases: [FormatCase] = makeNumpyFormatCases()

func makeNumpyFormatCases() -> [FormatCase] {
    var c: [FormatCase] = []
    c.append(FormatCase(name: "f32 basic", dtype: .float32, shape: [3] as [Int], bits: [1065353216, 1073741824, 1077936128] as [UInt64],
                        str: "[1. 2. 3.]",
                        repr: "array([1., 2., 3.], dtype=float32)"))
    c.append(FormatCase(name: "f32 linreg", dtype: .float32, shape: [2] as [Int], bits: [1064956770, 1030474072] as [UInt64],
                        str: "[0.97637    0.05756506]",
                        repr: "array([0.97637   , 0.05756506], dtype=float32)"))
    c.append(FormatCase(name: "f32 9 10 11", dtype: .float32, shape: [3] as [Int], bits: [1091567616, 1092616192, 1093664768] as [UInt64],
                        str: "[ 9. 10. 11.]",
                        repr: "array([ 9., 10., 11.], dtype=float32)"))
    c.append(FormatCase(name: "f32 2x2", dtype: .float32, shape: [2, 2] as [Int], bits: [1065353216, 1073741824, 1077936128, 1082130432] as [UInt64],
                        str: "[[1. 2.]\n [3. 4.]]",
                        repr: "array([[1., 2.],\n       [3., 4.]], dtype=float32)"))
    c.append(FormatCase(name: "f32 1x3", dtype: .float32, shape: [1, 3] as [Int], bits: [1086324736, 1088421888, 1090519040] as [UInt64],
                        str: "[[6. 7. 8.]]",
                        repr: "array([[6., 7., 8.]], dtype=float32)"))
    c.append(FormatCase(name: "f32 2x3", dtype: .float32, shape: [2, 3] as [Int], bits: [1091567616, 1092616192, 1093664768, 1094713344, 1095761920, 1096810496] as [UInt64],
                        str: "[[ 9. 10. 11.]\n [12. 13. 14.]]",
                        repr: "array([[ 9., 10., 11.],\n       [12., 13., 14.]], dtype=float32)"))
    c.append(FormatCase(name: "f32 column", dtype: .float32, shape: [2, 1] as [Int], bits: [1106247680, 1117126656] as [UInt64],
                        str: "[[30.]\n [75.]]",
                        repr: "array([[30.],\n       [75.]], dtype=float32)"))
    c.append(FormatCase(name: "f32 rounded theta", dtype: .float32, shape: [9] as [Int], bits: [1068717048, 1052032106, 1048643109, 1041999331, 1028711776, 3175926989, 3189415870, 3196126757, 3199549309] as [UInt64],
                        str: "[ 1.401  0.353  0.252  0.152  0.051 -0.05  -0.151 -0.252 -0.354]",
                        repr: "array([ 1.401,  0.353,  0.252,  0.152,  0.051, -0.05 , -0.151, -0.252,\n       -0.354], dtype=float32)"))
    c.append(FormatCase(name: "f32 rounded 2", dtype: .float32, shape: [9] as [Int], bits: [1068708659, 1051931443, 1048576000, 1041865114, 1028443341, 3175926989, 3189348762, 3196059648, 3199415091] as [UInt64],
                        str: "[ 1.4   0.35  0.25  0.15  0.05 -0.05 -0.15 -0.25 -0.35]",
                        repr: "array([ 1.4 ,  0.35,  0.25,  0.15,  0.05, -0.05, -0.15, -0.25, -0.35],\n      dtype=float32)"))
    c.append(FormatCase(name: "f32 saver", dtype: .float32, shape: [2] as [Int], bits: [1082130432, 1090519040] as [UInt64],
                        str: "[4. 8.]",
                        repr: "array([4., 8.], dtype=float32)"))
    c.append(FormatCase(name: "f32 negzero", dtype: .float32, shape: [3] as [Int], bits: [2147483648, 1065353216, 0] as [UInt64],
                        str: "[-0.  1.  0.]",
                        repr: "array([-0.,  1.,  0.], dtype=float32)"))
    c.append(FormatCase(name: "f32 nan inf", dtype: .float32, shape: [4] as [Int], bits: [2143289344, 1069547520, 4286578688, 2139095040] as [UInt64],
                        str: "[ nan  1.5 -inf  inf]",
                        repr: "array([ nan,  1.5, -inf,  inf], dtype=float32)"))
    c.append(FormatCase(name: "f32 all nan", dtype: .float32, shape: [2] as [Int], bits: [2143289344, 2143289344] as [UInt64],
                        str: "[nan nan]",
                        repr: "array([nan, nan], dtype=float32)"))
    c.append(FormatCase(name: "f32 big", dtype: .float32, shape: [2] as [Int], bits: [1232348160, 1065353216] as [UInt64],
                        str: "[1.e+06 1.e+00]",
                        repr: "array([1.e+06, 1.e+00], dtype=float32)"))
    c.append(FormatCase(name: "f32 big2", dtype: .float32, shape: [2] as [Int], bits: [1266679808, 1077936128] as [UInt64],
                        str: "[1.6777216e+07 3.0000000e+00]",
                        repr: "array([1.6777216e+07, 3.0000000e+00], dtype=float32)"))
    c.append(FormatCase(name: "f32 999999", dtype: .float32, shape: [2] as [Int], bits: [1232348144, 1075838976] as [UInt64],
                        str: "[9.99999e+05 2.50000e+00]",
                        repr: "array([9.99999e+05, 2.50000e+00], dtype=float32)"))
    c.append(FormatCase(name: "f32 small", dtype: .float32, shape: [2] as [Int], bits: [925353388, 927932489] as [UInt64],
                        str: "[9.9999997e-06 1.2345678e-05]",
                        repr: "array([9.9999997e-06, 1.2345678e-05], dtype=float32)"))
    c.append(FormatCase(name: "f32 ratio", dtype: .float32, shape: [3] as [Int], bits: [981668463, 1069547520, 1073741824] as [UInt64],
                        str: "[1.0e-03 1.5e+00 2.0e+00]",
                        repr: "array([1.0e-03, 1.5e+00, 2.0e+00], dtype=float32)"))
    c.append(FormatCase(name: "f32 ratio ok", dtype: .float32, shape: [3] as [Int], bits: [1008981770, 1069547520, 1073741824] as [UInt64],
                        str: "[0.01 1.5  2.  ]",
                        repr: "array([0.01, 1.5 , 2.  ], dtype=float32)"))
    c.append(FormatCase(name: "f32 1e-4", dtype: .float32, shape: [2] as [Int], bits: [953267991, 1056964608] as [UInt64],
                        str: "[1.e-04 5.e-01]",
                        repr: "array([1.e-04, 5.e-01], dtype=float32)"))
    c.append(FormatCase(name: "f32 exp neg", dtype: .float32, shape: [3] as [Int], bits: [3017195413, 1077936128, 1354384311] as [UInt64],
                        str: "[-1.0e-07  3.0e+00  2.5e+10]",
                        repr: "array([-1.0e-07,  3.0e+00,  2.5e+10], dtype=float32)"))
    c.append(FormatCase(name: "f32 exp inf", dtype: .float32, shape: [3] as [Int], bits: [869711765, 2139095040, 2143289344] as [UInt64],
                        str: "[1.e-07    inf    nan]",
                        repr: "array([1.e-07,    inf,    nan], dtype=float32)"))
    c.append(FormatCase(name: "f32 pi", dtype: .float32, shape: [3] as [Int], bits: [1078530011, 1076754516, 3216311539] as [UInt64],
                        str: "[ 3.1415927  2.7182817 -1.4142135]",
                        repr: "array([ 3.1415927,  2.7182817, -1.4142135], dtype=float32)"))
    c.append(FormatCase(name: "f32 thirds", dtype: .float32, shape: [3] as [Int], bits: [1051372203, 1059760811, 1065353216] as [UInt64],
                        str: "[0.33333334 0.6666667  1.        ]",
                        repr: "array([0.33333334, 0.6666667 , 1.        ], dtype=float32)"))
    c.append(FormatCase(name: "f32 zeros", dtype: .float32, shape: [4] as [Int], bits: [0, 0, 0, 0] as [UInt64],
                        str: "[0. 0. 0. 0.]",
                        repr: "array([0., 0., 0., 0.], dtype=float32)"))
    c.append(FormatCase(name: "f32 3d", dtype: .float32, shape: [2, 3, 4] as [Int], bits: [0, 1065353216, 1073741824, 1077936128, 1082130432, 1084227584, 1086324736, 1088421888, 1090519040, 1091567616, 1092616192, 1093664768, 1094713344, 1095761920, 1096810496, 1097859072, 1098907648, 1099431936, 1099956224, 1100480512, 1101004800, 1101529088, 1102053376, 1102577664] as [UInt64],
                        str: "[[[ 0.  1.  2.  3.]\n  [ 4.  5.  6.  7.]\n  [ 8.  9. 10. 11.]]\n\n [[12. 13. 14. 15.]\n  [16. 17. 18. 19.]\n  [20. 21. 22. 23.]]]",
                        repr: "array([[[ 0.,  1.,  2.,  3.],\n        [ 4.,  5.,  6.,  7.],\n        [ 8.,  9., 10., 11.]],\n\n       [[12., 13., 14., 15.],\n        [16., 17., 18., 19.],\n        [20., 21., 22., 23.]]], dtype=float32)"))
    c.append(FormatCase(name: "f32 3d frac", dtype: .float32, shape: [2, 2, 3] as [Int], bits: [0, 1041385765, 1049774373, 1054567863, 1058162981, 1060559726, 1062956471, 1065353216, 1066551589, 1067749961, 1068948334, 1070146706] as [UInt64],
                        str: "[[[0.         0.14285715 0.2857143 ]\n  [0.42857143 0.5714286  0.71428573]]\n\n [[0.85714287 1.         1.1428572 ]\n  [1.2857143  1.4285715  1.5714285 ]]]",
                        repr: "array([[[0.        , 0.14285715, 0.2857143 ],\n        [0.42857143, 0.5714286 , 0.71428573]],\n\n       [[0.85714287, 1.        , 1.1428572 ],\n        [1.2857143 , 1.4285715 , 1.5714285 ]]], dtype=float32)"))
    c.append(FormatCase(name: "f32 4d", dtype: .float32, shape: [2, 2, 2, 2] as [Int], bits: [3231711232, 3229614080, 3225419776, 3221225472, 3212836864, 0, 1065353216, 1073741824, 1077936128, 1082130432, 1084227584, 1086324736, 1088421888, 1090519040, 1091567616, 1092616192] as [UInt64],
                        str: "[[[[-5. -4.]\n   [-3. -2.]]\n\n  [[-1.  0.]\n   [ 1.  2.]]]\n\n\n [[[ 3.  4.]\n   [ 5.  6.]]\n\n  [[ 7.  8.]\n   [ 9. 10.]]]]",
                        repr: "array([[[[-5., -4.],\n         [-3., -2.]],\n\n        [[-1.,  0.],\n         [ 1.,  2.]]],\n\n\n       [[[ 3.,  4.],\n         [ 5.,  6.]],\n\n        [[ 7.,  8.],\n         [ 9., 10.]]]], dtype=float32)"))
    c.append(FormatCase(name: "f32 wrap", dtype: .float32, shape: [30] as [Int], bits: [0, 1069547520, 1077936128, 1083179008, 1086324736, 1089470464, 1091567616, 1093140480, 1094713344, 1096286208, 1097859072, 1099169792, 1099956224, 1100742656, 1101529088, 1102315520, 1103101952, 1103888384, 1104674816, 1105461248, 1106247680, 1107034112, 1107558400, 1107951616, 1108344832, 1108738048, 1109131264, 1109524480, 1109917696, 1110310912] as [UInt64],
                        str: "[ 0.   1.5  3.   4.5  6.   7.5  9.  10.5 12.  13.5 15.  16.5 18.  19.5\n 21.  22.5 24.  25.5 27.  28.5 30.  31.5 33.  34.5 36.  37.5 39.  40.5\n 42.  43.5]",
                        repr: "array([ 0. ,  1.5,  3. ,  4.5,  6. ,  7.5,  9. , 10.5, 12. , 13.5, 15. ,\n       16.5, 18. , 19.5, 21. , 22.5, 24. , 25.5, 27. , 28.5, 30. , 31.5,\n       33. , 34.5, 36. , 37.5, 39. , 40.5, 42. , 43.5], dtype=float32)"))
    c.append(FormatCase(name: "f32 wrap frac", dtype: .float32, shape: [25] as [Int], bits: [0, 1051372203, 1059760811, 1065353216, 1068149419, 1070945621, 1073741824, 1075139925, 1076538027, 1077936128, 1079334229, 1080732331, 1082130432, 1082829483, 1083528533, 1084227584, 1084926635, 1085625685, 1086324736, 1087023787, 1087722837, 1088421888, 1089120939, 1089819989, 1090519040] as [UInt64],
                        str: "[0.         0.33333334 0.6666667  1.         1.3333334  1.6666666\n 2.         2.3333333  2.6666667  3.         3.3333333  3.6666667\n 4.         4.3333335  4.6666665  5.         5.3333335  5.6666665\n 6.         6.3333335  6.6666665  7.         7.3333335  7.6666665\n 8.        ]",
                        repr: "array([0.        , 0.33333334, 0.6666667 , 1.        , 1.3333334 ,\n       1.6666666 , 2.        , 2.3333333 , 2.6666667 , 3.        ,\n       3.3333333 , 3.6666667 , 4.        , 4.3333335 , 4.6666665 ,\n       5.        , 5.3333335 , 5.6666665 , 6.        , 6.3333335 ,\n       6.6666665 , 7.        , 7.3333335 , 7.6666665 , 8.        ],\n      dtype=float32)"))
    c.append(FormatCase(name: "f32 random 4x5", dtype: .float32, shape: [4, 5] as [Int], bits: [1057816855, 1060456749, 1049948535, 1057146265, 1063557164, 1063613303, 1040226672, 1045706618, 1028837190, 1054978516, 1022672629, 1055516171, 1059466830, 1049531875, 1059921675, 1058489033, 1019508135, 1057952016, 1048886461, 1054115877] as [UInt64],
                        str: "[[0.5507979  0.7081478  0.29090473 0.5108276  0.89294696]\n [0.8962931  0.12558532 0.20724288 0.0514672  0.44080985]\n [0.02987621 0.4568332  0.64914405 0.2784873  0.6762549 ]\n [0.5908628  0.02398188 0.5588541  0.25925246 0.4151012 ]]",
                        repr: "array([[0.5507979 , 0.7081478 , 0.29090473, 0.5108276 , 0.89294696],\n       [0.8962931 , 0.12558532, 0.20724288, 0.0514672 , 0.44080985],\n       [0.02987621, 0.4568332 , 0.64914405, 0.2784873 , 0.6762549 ],\n       [0.5908628 , 0.02398188, 0.5588541 , 0.25925246, 0.4151012 ]],\n      dtype=float32)"))
    c.append(FormatCase(name: "f32 random 3x12", dtype: .float32, shape: [3, 12] as [Int], bits: [1065057391, 3213684681, 3214389147, 3193083363, 1069431324, 1047684544, 3213036388, 3208021689, 1059065870, 3190054301, 3208958582, 3194719532, 1061075970, 1073541427, 3214884719, 3206569180, 3209544605, 3222983234, 3211558306, 3213037148, 1066393218, 3188135046, 3218065361, 1059425414, 3199625503, 3219070783, 3206069768, 3205934623, 3210720960, 1022585443, 3222266741, 3196655637, 1065463807, 1062883574, 1066260759, 1066354737] as [UInt64],
                        str: "[[ 0.98236746 -1.1010677  -1.1850466  -0.2056499   1.4861484   0.23671627\n  -1.0237851  -0.7129932   0.625245   -0.16051336 -0.7688364  -0.23003072]\n [ 0.7450563   1.9761108  -1.2441233  -0.6264169  -0.8037661  -2.419083\n  -0.923792   -1.0238757   1.1239779  -0.13191423 -1.6232854   0.64667547]\n [-0.35627076 -1.743141   -0.59664965 -0.5885944  -0.8738823   0.02971382\n  -2.2482579  -0.26776186  1.0131835   0.85279787  1.1081876   1.1193906 ]]",
                        repr: "array([[ 0.98236746, -1.1010677 , -1.1850466 , -0.2056499 ,  1.4861484 ,\n         0.23671627, -1.0237851 , -0.7129932 ,  0.625245  , -0.16051336,\n        -0.7688364 , -0.23003072],\n       [ 0.7450563 ,  1.9761108 , -1.2441233 , -0.6264169 , -0.8037661 ,\n        -2.419083  , -0.923792  , -1.0238757 ,  1.1239779 , -0.13191423,\n        -1.6232854 ,  0.64667547],\n       [-0.35627076, -1.743141  , -0.59664965, -0.5885944 , -0.8738823 ,\n         0.02971382, -2.2482579 , -0.26776186,  1.0131835 ,  0.85279787,\n         1.1081876 ,  1.1193906 ]], dtype=float32)"))
    c.append(FormatCase(name: "f32 summary 1d", make: { try Kernels.arange(start: 0, stop: 2000, dtype: .float32) },
                        str: "[0.000e+00 1.000e+00 2.000e+00 ... 1.997e+03 1.998e+03 1.999e+03]",
                        repr: "array([0.000e+00, 1.000e+00, 2.000e+00, ..., 1.997e+03, 1.998e+03,\n       1.999e+03], shape=(2000,), dtype=float32)"))
    c.append(FormatCase(name: "f32 summary 2d", make: { try Kernels.divide(Kernels.reshape(Kernels.arange(start: 0, stop: 10000, dtype: .float32), to: [100, 100]), Tensor(scalar: Float(7))) },
                        str: "[[0.0000000e+00 1.4285715e-01 2.8571430e-01 ... 1.3857142e+01\n  1.4000000e+01 1.4142858e+01]\n [1.4285714e+01 1.4428572e+01 1.4571428e+01 ... 2.8142857e+01\n  2.8285715e+01 2.8428572e+01]\n [2.8571428e+01 2.8714285e+01 2.8857143e+01 ... 4.2428570e+01\n  4.2571430e+01 4.2714287e+01]\n ...\n [1.3857142e+03 1.3858572e+03 1.3860000e+03 ... 1.3995714e+03\n  1.3997142e+03 1.3998572e+03]\n [1.4000000e+03 1.4001428e+03 1.4002858e+03 ... 1.4138572e+03\n  1.4140000e+03 1.4141428e+03]\n [1.4142858e+03 1.4144286e+03 1.4145714e+03 ... 1.4281428e+03\n  1.4282858e+03 1.4284286e+03]]",
                        repr: "array([[0.0000000e+00, 1.4285715e-01, 2.8571430e-01, ..., 1.3857142e+01,\n        1.4000000e+01, 1.4142858e+01],\n       [1.4285714e+01, 1.4428572e+01, 1.4571428e+01, ..., 2.8142857e+01,\n        2.8285715e+01, 2.8428572e+01],\n       [2.8571428e+01, 2.8714285e+01, 2.8857143e+01, ..., 4.2428570e+01,\n        4.2571430e+01, 4.2714287e+01],\n       ...,\n       [1.3857142e+03, 1.3858572e+03, 1.3860000e+03, ..., 1.3995714e+03,\n        1.3997142e+03, 1.3998572e+03],\n       [1.4000000e+03, 1.4001428e+03, 1.4002858e+03, ..., 1.4138572e+03,\n        1.4140000e+03, 1.4141428e+03],\n       [1.4142858e+03, 1.4144286e+03, 1.4145714e+03, ..., 1.4281428e+03,\n        1.4282858e+03, 1.4284286e+03]], shape=(100, 100), dtype=float32)"))
    c.append(FormatCase(name: "f32 summary 3d", make: { try Kernels.reshape(Kernels.arange(start: 0, stop: 1100, dtype: .float32), to: [11, 10, 10]) },
                        str: "[[[0.000e+00 1.000e+00 2.000e+00 ... 7.000e+00 8.000e+00 9.000e+00]\n  [1.000e+01 1.100e+01 1.200e+01 ... 1.700e+01 1.800e+01 1.900e+01]\n  [2.000e+01 2.100e+01 2.200e+01 ... 2.700e+01 2.800e+01 2.900e+01]\n  ...\n  [7.000e+01 7.100e+01 7.200e+01 ... 7.700e+01 7.800e+01 7.900e+01]\n  [8.000e+01 8.100e+01 8.200e+01 ... 8.700e+01 8.800e+01 8.900e+01]\n  [9.000e+01 9.100e+01 9.200e+01 ... 9.700e+01 9.800e+01 9.900e+01]]\n\n [[1.000e+02 1.010e+02 1.020e+02 ... 1.070e+02 1.080e+02 1.090e+02]\n  [1.100e+02 1.110e+02 1.120e+02 ... 1.170e+02 1.180e+02 1.190e+02]\n  [1.200e+02 1.210e+02 1.220e+02 ... 1.270e+02 1.280e+02 1.290e+02]\n  ...\n  [1.700e+02 1.710e+02 1.720e+02 ... 1.770e+02 1.780e+02 1.790e+02]\n  [1.800e+02 1.810e+02 1.820e+02 ... 1.870e+02 1.880e+02 1.890e+02]\n  [1.900e+02 1.910e+02 1.920e+02 ... 1.970e+02 1.980e+02 1.990e+02]]\n\n [[2.000e+02 2.010e+02 2.020e+02 ... 2.070e+02 2.080e+02 2.090e+02]\n  [2.100e+02 2.110e+02 2.120e+02 ... 2.170e+02 2.180e+02 2.190e+02]\n  [2.200e+02 2.210e+02 2.220e+02 ... 2.270e+02 2.280e+02 2.290e+02]\n  ...\n  [2.700e+02 2.710e+02 2.720e+02 ... 2.770e+02 2.780e+02 2.790e+02]\n  [2.800e+02 2.810e+02 2.820e+02 ... 2.870e+02 2.880e+02 2.890e+02]\n  [2.900e+02 2.910e+02 2.920e+02 ... 2.970e+02 2.980e+02 2.990e+02]]\n\n ...\n\n [[8.000e+02 8.010e+02 8.020e+02 ... 8.070e+02 8.080e+02 8.090e+02]\n  [8.100e+02 8.110e+02 8.120e+02 ... 8.170e+02 8.180e+02 8.190e+02]\n  [8.200e+02 8.210e+02 8.220e+02 ... 8.270e+02 8.280e+02 8.290e+02]\n  ...\n  [8.700e+02 8.710e+02 8.720e+02 ... 8.770e+02 8.780e+02 8.790e+02]\n  [8.800e+02 8.810e+02 8.820e+02 ... 8.870e+02 8.880e+02 8.890e+02]\n  [8.900e+02 8.910e+02 8.920e+02 ... 8.970e+02 8.980e+02 8.990e+02]]\n\n [[9.000e+02 9.010e+02 9.020e+02 ... 9.070e+02 9.080e+02 9.090e+02]\n  [9.100e+02 9.110e+02 9.120e+02 ... 9.170e+02 9.180e+02 9.190e+02]\n  [9.200e+02 9.210e+02 9.220e+02 ... 9.270e+02 9.280e+02 9.290e+02]\n  ...\n  [9.700e+02 9.710e+02 9.720e+02 ... 9.770e+02 9.780e+02 9.790e+02]\n  [9.800e+02 9.810e+02 9.820e+02 ... 9.870e+02 9.880e+02 9.890e+02]\n  [9.900e+02 9.910e+02 9.920e+02 ... 9.970e+02 9.980e+02 9.990e+02]]\n\n [[1.000e+03 1.001e+03 1.002e+03 ... 1.007e+03 1.008e+03 1.009e+03]\n  [1.010e+03 1.011e+03 1.012e+03 ... 1.017e+03 1.018e+03 1.019e+03]\n  [1.020e+03 1.021e+03 1.022e+03 ... 1.027e+03 1.028e+03 1.029e+03]\n  ...\n  [1.070e+03 1.071e+03 1.072e+03 ... 1.077e+03 1.078e+03 1.079e+03]\n  [1.080e+03 1.081e+03 1.082e+03 ... 1.087e+03 1.088e+03 1.089e+03]\n  [1.090e+03 1.091e+03 1.092e+03 ... 1.097e+03 1.098e+03 1.099e+03]]]",
                        repr: "array([[[0.000e+00, 1.000e+00, 2.000e+00, ..., 7.000e+00, 8.000e+00,\n         9.000e+00],\n        [1.000e+01, 1.100e+01, 1.200e+01, ..., 1.700e+01, 1.800e+01,\n         1.900e+01],\n        [2.000e+01, 2.100e+01, 2.200e+01, ..., 2.700e+01, 2.800e+01,\n         2.900e+01],\n        ...,\n        [7.000e+01, 7.100e+01, 7.200e+01, ..., 7.700e+01, 7.800e+01,\n         7.900e+01],\n        [8.000e+01, 8.100e+01, 8.200e+01, ..., 8.700e+01, 8.800e+01,\n         8.900e+01],\n        [9.000e+01, 9.100e+01, 9.200e+01, ..., 9.700e+01, 9.800e+01,\n         9.900e+01]],\n\n       [[1.000e+02, 1.010e+02, 1.020e+02, ..., 1.070e+02, 1.080e+02,\n         1.090e+02],\n        [1.100e+02, 1.110e+02, 1.120e+02, ..., 1.170e+02, 1.180e+02,\n         1.190e+02],\n        [1.200e+02, 1.210e+02, 1.220e+02, ..., 1.270e+02, 1.280e+02,\n         1.290e+02],\n        ...,\n        [1.700e+02, 1.710e+02, 1.720e+02, ..., 1.770e+02, 1.780e+02,\n         1.790e+02],\n        [1.800e+02, 1.810e+02, 1.820e+02, ..., 1.870e+02, 1.880e+02,\n         1.890e+02],\n        [1.900e+02, 1.910e+02, 1.920e+02, ..., 1.970e+02, 1.980e+02,\n         1.990e+02]],\n\n       [[2.000e+02, 2.010e+02, 2.020e+02, ..., 2.070e+02, 2.080e+02,\n         2.090e+02],\n        [2.100e+02, 2.110e+02, 2.120e+02, ..., 2.170e+02, 2.180e+02,\n         2.190e+02],\n        [2.200e+02, 2.210e+02, 2.220e+02, ..., 2.270e+02, 2.280e+02,\n         2.290e+02],\n        ...,\n        [2.700e+02, 2.710e+02, 2.720e+02, ..., 2.770e+02, 2.780e+02,\n         2.790e+02],\n        [2.800e+02, 2.810e+02, 2.820e+02, ..., 2.870e+02, 2.880e+02,\n         2.890e+02],\n        [2.900e+02, 2.910e+02, 2.920e+02, ..., 2.970e+02, 2.980e+02,\n         2.990e+02]],\n\n       ...,\n\n       [[8.000e+02, 8.010e+02, 8.020e+02, ..., 8.070e+02, 8.080e+02,\n         8.090e+02],\n        [8.100e+02, 8.110e+02, 8.120e+02, ..., 8.170e+02, 8.180e+02,\n         8.190e+02],\n        [8.200e+02, 8.210e+02, 8.220e+02, ..., 8.270e+02, 8.280e+02,\n         8.290e+02],\n        ...,\n        [8.700e+02, 8.710e+02, 8.720e+02, ..., 8.770e+02, 8.780e+02,\n         8.790e+02],\n        [8.800e+02, 8.810e+02, 8.820e+02, ..., 8.870e+02, 8.880e+02,\n         8.890e+02],\n        [8.900e+02, 8.910e+02, 8.920e+02, ..., 8.970e+02, 8.980e+02,\n         8.990e+02]],\n\n       [[9.000e+02, 9.010e+02, 9.020e+02, ..., 9.070e+02, 9.080e+02,\n         9.090e+02],\n        [9.100e+02, 9.110e+02, 9.120e+02, ..., 9.170e+02, 9.180e+02,\n         9.190e+02],\n        [9.200e+02, 9.210e+02, 9.220e+02, ..., 9.270e+02, 9.280e+02,\n         9.290e+02],\n        ...,\n        [9.700e+02, 9.710e+02, 9.720e+02, ..., 9.770e+02, 9.780e+02,\n         9.790e+02],\n        [9.800e+02, 9.810e+02, 9.820e+02, ..., 9.870e+02, 9.880e+02,\n         9.890e+02],\n        [9.900e+02, 9.910e+02, 9.920e+02, ..., 9.970e+02, 9.980e+02,\n         9.990e+02]],\n\n       [[1.000e+03, 1.001e+03, 1.002e+03, ..., 1.007e+03, 1.008e+03,\n         1.009e+03],\n        [1.010e+03, 1.011e+03, 1.012e+03, ..., 1.017e+03, 1.018e+03,\n         1.019e+03],\n        [1.020e+03, 1.021e+03, 1.022e+03, ..., 1.027e+03, 1.028e+03,\n         1.029e+03],\n        ...,\n        [1.070e+03, 1.071e+03, 1.072e+03, ..., 1.077e+03, 1.078e+03,\n         1.079e+03],\n        [1.080e+03, 1.081e+03, 1.082e+03, ..., 1.087e+03, 1.088e+03,\n         1.089e+03],\n        [1.090e+03, 1.091e+03, 1.092e+03, ..., 1.097e+03, 1.098e+03,\n         1.099e+03]]], shape=(11, 10, 10), dtype=float32)"))
    c.append(FormatCase(name: "f32 1001", make: { try Kernels.linspace(start: 0, stop: 1, num: 1001, dtype: .float32) },
                        str: "[0.    0.001 0.002 ... 0.998 0.999 1.   ]",
                        repr: "array([0.   , 0.001, 0.002, ..., 0.998, 0.999, 1.   ],\n      shape=(1001,), dtype=float32)"))
    c.append(FormatCase(name: "f32 scalar", dtype: .float32, shape: [] as [Int], bits: [1086324736] as [UInt64],
                        str: "6.0",
                        repr: "array(6., dtype=float32)"))
    c.append(FormatCase(name: "f32 scalar small", dtype: .float32, shape: [] as [Int], bits: [925353388] as [UInt64],
                        str: "1e-05",
                        repr: "array(1.e-05, dtype=float32)"))
    c.append(FormatCase(name: "f32 empty", dtype: .float32, shape: [0] as [Int], bits: [] as [UInt64],
                        str: "[]",
                        repr: "array([], dtype=float32)"))
    c.append(FormatCase(name: "f32 empty 2d", dtype: .float32, shape: [0, 3] as [Int], bits: [] as [UInt64],
                        str: "[]",
                        repr: "array([], shape=(0, 3), dtype=float32)"))
    c.append(FormatCase(name: "f32 one", dtype: .float32, shape: [1] as [Int], bits: [1036831949] as [UInt64],
                        str: "[0.1]",
                        repr: "array([0.1], dtype=float32)"))
    c.append(FormatCase(name: "f32 neg", dtype: .float32, shape: [3] as [Int], bits: [3217031168, 3222274048, 1077936128] as [UInt64],
                        str: "[-1.5  -2.25  3.  ]",
                        repr: "array([-1.5 , -2.25,  3.  ], dtype=float32)"))
    c.append(FormatCase(name: "f32 max", dtype: .float32, shape: [2] as [Int], bits: [2139095039, 3212836864] as [UInt64],
                        str: "[ 3.4028235e+38 -1.0000000e+00]",
                        repr: "array([ 3.4028235e+38, -1.0000000e+00], dtype=float32)"))
    c.append(FormatCase(name: "f32 denormal", dtype: .float32, shape: [2] as [Int], bits: [1, 1065353216] as [UInt64],
                        str: "[1.e-45 1.e+00]",
                        repr: "array([1.e-45, 1.e+00], dtype=float32)"))
    c.append(FormatCase(name: "f64 basic", dtype: .float64, shape: [3] as [Int], bits: [4607182418800017408, 4611686018427387904, 4613937818241073152] as [UInt64],
                        str: "[1. 2. 3.]",
                        repr: "array([1., 2., 3.])"))
    c.append(FormatCase(name: "f64 tenth", dtype: .float64, shape: [3] as [Int], bits: [4591870180066957722, 4596373779694328218, 4599075939470750516] as [UInt64],
                        str: "[0.1 0.2 0.3]",
                        repr: "array([0.1, 0.2, 0.3])"))
    c.append(FormatCase(name: "f64 linspace", dtype: .float64, shape: [8] as [Int], bits: [4602678819172646912, 4600105333671292343, 4596888476794599132, 4589811391665874068, 13813183428520649872, 13820260513649374936, 13823477370526068150, 13826050856027422720] as [UInt64],
                        str: "[ 0.5         0.35714286  0.21428571  0.07142857 -0.07142857 -0.21428571\n -0.35714286 -0.5       ]",
                        repr: "array([ 0.5       ,  0.35714286,  0.21428571,  0.07142857, -0.07142857,\n       -0.21428571, -0.35714286, -0.5       ])"))
    c.append(FormatCase(name: "f64 big", dtype: .float64, shape: [2] as [Int], bits: [4726483295884279808, 4607182418800017408] as [UInt64],
                        str: "[1.e+08 1.e+00]",
                        repr: "array([1.e+08, 1.e+00])"))
    c.append(FormatCase(name: "f64 just below", dtype: .float64, shape: [2] as [Int], bits: [4726483295817170944, 4609434218613702656] as [UInt64],
                        str: "[9.9999999e+07 1.5000000e+00]",
                        repr: "array([9.9999999e+07, 1.5000000e+00])"))
    c.append(FormatCase(name: "f64 precision cut", dtype: .float64, shape: [2] as [Int], bits: [4593560419847017746, 4611686018427387904] as [UInt64],
                        str: "[0.12345679 2.        ]",
                        repr: "array([0.12345679, 2.        ])"))
    c.append(FormatCase(name: "f64 rounding up", dtype: .float64, shape: [2] as [Int], bits: [4607182418791010209, 4607182418800017408] as [UInt64],
                        str: "[1. 1.]",
                        repr: "array([1., 1.])"))
    c.append(FormatCase(name: "f64 exp", dtype: .float64, shape: [3] as [Int], bits: [4457293557087583675, 4607182418800017408, 4638387860618067575] as [UInt64],
                        str: "[1.00000e-10 1.00000e+00 1.23456e+02]",
                        repr: "array([1.00000e-10, 1.00000e+00, 1.23456e+02])"))
    c.append(FormatCase(name: "f64 mixed exp", dtype: .float64, shape: [2, 2] as [Int], bits: [4562254508917369340, 4686111960511545344, 13808576889473225196, 4619567317775286272] as [UInt64],
                        str: "[[ 1.0e-03  2.0e+05]\n [-3.5e-02  7.0e+00]]",
                        repr: "array([[ 1.0e-03,  2.0e+05],\n       [-3.5e-02,  7.0e+00]])"))
    c.append(FormatCase(name: "f64 2d neg", dtype: .float64, shape: [2, 2] as [Int], bits: [13830554455654793216, 4612811918334230528, 4614500768194494464, 13839702392397889536] as [UInt64],
                        str: "[[-1.     2.5  ]\n [ 3.25  -4.125]]",
                        repr: "array([[-1.   ,  2.5  ],\n       [ 3.25 , -4.125]])"))
    c.append(FormatCase(name: "f64 wrap", dtype: .float64, shape: [20] as [Int], bits: [0, 4593527504729830064, 4598031104357200560, 4600318932967904772, 4602534703984571056, 4603714647086942126, 4604822532595275268, 4605930418103608410, 4607038303611941552, 4607664303960146051, 4608218246714312622, 4608772189468479193, 4609326132222645764, 4609880074976812335, 4610434017730978906, 4610987960485145477, 4611541903239312048, 4611890932210433262, 4612167903587516547, 4612444874964599832] as [UInt64],
                        str: "[0.    0.123 0.246 0.369 0.492 0.615 0.738 0.861 0.984 1.107 1.23  1.353\n 1.476 1.599 1.722 1.845 1.968 2.091 2.214 2.337]",
                        repr: "array([0.   , 0.123, 0.246, 0.369, 0.492, 0.615, 0.738, 0.861, 0.984,\n       1.107, 1.23 , 1.353, 1.476, 1.599, 1.722, 1.845, 1.968, 2.091,\n       2.214, 2.337])"))
    c.append(FormatCase(name: "f64 scalar", dtype: .float64, shape: [] as [Int], bits: [4591870180066957722] as [UInt64],
                        str: "0.1",
                        repr: "array(0.1)"))
    c.append(FormatCase(name: "f64 summary", make: { try Kernels.linspace(start: 0, stop: 10, num: 1000000) },
                        str: "[0.000000e+00 1.000001e-05 2.000002e-05 ... 9.999980e+00 9.999990e+00\n 1.000000e+01]",
                        repr: "array([0.000000e+00, 1.000001e-05, 2.000002e-05, ..., 9.999980e+00,\n       9.999990e+00, 1.000000e+01], shape=(1000000,))"))
    c.append(FormatCase(name: "f64 nan", dtype: .float64, shape: [2] as [Int], bits: [9221120237041090560, 4602678819172646912] as [UInt64],
                        str: "[nan 0.5]",
                        repr: "array([nan, 0.5])"))
    c.append(FormatCase(name: "i64 basic", dtype: .int64, shape: [3] as [Int], bits: [1, 2, 3] as [UInt64],
                        str: "[1 2 3]",
                        repr: "array([1, 2, 3])"))
    c.append(FormatCase(name: "i64 neg", dtype: .int64, shape: [3] as [Int], bits: [18446744073709551606, 5, 100] as [UInt64],
                        str: "[-10   5 100]",
                        repr: "array([-10,   5, 100])"))
    c.append(FormatCase(name: "i64 2d", dtype: .int64, shape: [2, 2] as [Int], bits: [1, 2, 30, 18446744073709551612] as [UInt64],
                        str: "[[ 1  2]\n [30 -4]]",
                        repr: "array([[ 1,  2],\n       [30, -4]])"))
    c.append(FormatCase(name: "i64 wrap", dtype: .int64, shape: [40] as [Int], bits: [0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000, 18000, 19000, 20000, 21000, 22000, 23000, 24000, 25000, 26000, 27000, 28000, 29000, 30000, 31000, 32000, 33000, 34000, 35000, 36000, 37000, 38000, 39000] as [UInt64],
                        str: "[    0  1000  2000  3000  4000  5000  6000  7000  8000  9000 10000 11000\n 12000 13000 14000 15000 16000 17000 18000 19000 20000 21000 22000 23000\n 24000 25000 26000 27000 28000 29000 30000 31000 32000 33000 34000 35000\n 36000 37000 38000 39000]",
                        repr: "array([    0,  1000,  2000,  3000,  4000,  5000,  6000,  7000,  8000,\n        9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000,\n       18000, 19000, 20000, 21000, 22000, 23000, 24000, 25000, 26000,\n       27000, 28000, 29000, 30000, 31000, 32000, 33000, 34000, 35000,\n       36000, 37000, 38000, 39000])"))
    c.append(FormatCase(name: "i64 summary", make: { try Kernels.arange(start: 0, stop: 2000, dtype: .int64) },
                        str: "[   0    1    2 ... 1997 1998 1999]",
                        repr: "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))"))
    c.append(FormatCase(name: "i64 scalar", dtype: .int64, shape: [] as [Int], bits: [42] as [UInt64],
                        str: "42",
                        repr: "array(42)"))
    c.append(FormatCase(name: "i64 3d", dtype: .int64, shape: [2, 2, 2] as [Int], bits: [0, 1, 2, 3, 4, 5, 6, 7] as [UInt64],
                        str: "[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]",
                        repr: "array([[[0, 1],\n        [2, 3]],\n\n       [[4, 5],\n        [6, 7]]])"))
    c.append(FormatCase(name: "i64 empty", dtype: .int64, shape: [0] as [Int], bits: [] as [UInt64],
                        str: "[]",
                        repr: "array([], dtype=int64)"))
    c.append(FormatCase(name: "i32 basic", dtype: .int32, shape: [3] as [Int], bits: [1, 2, 3] as [UInt64],
                        str: "[1 2 3]",
                        repr: "array([1, 2, 3], dtype=int32)"))
    c.append(FormatCase(name: "i32 2d", dtype: .int32, shape: [2, 2] as [Int], bits: [1, 2, 3, 4] as [UInt64],
                        str: "[[1 2]\n [3 4]]",
                        repr: "array([[1, 2],\n       [3, 4]], dtype=int32)"))
    c.append(FormatCase(name: "i32 scalar", dtype: .int32, shape: [] as [Int], bits: [7] as [UInt64],
                        str: "7",
                        repr: "array(7, dtype=int32)"))
    c.append(FormatCase(name: "i32 big", dtype: .int32, shape: [2] as [Int], bits: [18446744071562067968, 2147483647] as [UInt64],
                        str: "[-2147483648  2147483647]",
                        repr: "array([-2147483648,  2147483647], dtype=int32)"))
    c.append(FormatCase(name: "i32 wrap", dtype: .int32, shape: [30] as [Int], bits: [0, 12345, 24690, 37035, 49380, 61725, 74070, 86415, 98760, 111105, 123450, 135795, 148140, 160485, 172830, 185175, 197520, 209865, 222210, 234555, 246900, 259245, 271590, 283935, 296280, 308625, 320970, 333315, 345660, 358005] as [UInt64],
                        str: "[     0  12345  24690  37035  49380  61725  74070  86415  98760 111105\n 123450 135795 148140 160485 172830 185175 197520 209865 222210 234555\n 246900 259245 271590 283935 296280 308625 320970 333315 345660 358005]",
                        repr: "array([     0,  12345,  24690,  37035,  49380,  61725,  74070,  86415,\n        98760, 111105, 123450, 135795, 148140, 160485, 172830, 185175,\n       197520, 209865, 222210, 234555, 246900, 259245, 271590, 283935,\n       296280, 308625, 320970, 333315, 345660, 358005], dtype=int32)"))
    c.append(FormatCase(name: "u8 basic", dtype: .uint8, shape: [3] as [Int], bits: [0, 255, 7] as [UInt64],
                        str: "[  0 255   7]",
                        repr: "array([  0, 255,   7], dtype=uint8)"))
    c.append(FormatCase(name: "bool basic", dtype: .bool, shape: [3] as [Int], bits: [1, 0, 1] as [UInt64],
                        str: "[ True False  True]",
                        repr: "array([ True, False,  True])"))
    c.append(FormatCase(name: "bool 2d", dtype: .bool, shape: [2, 2] as [Int], bits: [1, 0, 0, 0] as [UInt64],
                        str: "[[ True False]\n [False False]]",
                        repr: "array([[ True, False],\n       [False, False]])"))
    c.append(FormatCase(name: "bool scalar", dtype: .bool, shape: [] as [Int], bits: [1] as [UInt64],
                        str: "True",
                        repr: "array(True)"))
    c.append(FormatCase(name: "bool wrap", dtype: .bool, shape: [30] as [Int], bits: [1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0] as [UInt64],
                        str: "[ True False False  True False False  True False False  True False False\n  True False False  True False False  True False False  True False False\n  True False False  True False False]",
                        repr: "array([ True, False, False,  True, False, False,  True, False, False,\n        True, False, False,  True, False, False,  True, False, False,\n        True, False, False,  True, False, False,  True, False, False,\n        True, False, False])"))
    c.append(FormatCase(name: "str basic", dtype: .string, shape: [2] as [Int], strings: ["a", "bcd"] as [String],
                        str: "['a' 'bcd']",
                        repr: "array(['a', 'bcd'], dtype='<U3')"))
    c.append(FormatCase(name: "str quotes", dtype: .string, shape: [3] as [Int], strings: ["it's", "say \"hi\"", "x"] as [String],
                        str: "[\"it's\" 'say \"hi\"' 'x']",
                        repr: "array([\"it's\", 'say \"hi\"', 'x'], dtype='<U8')"))
    return c
}

let numpyScalarCases: [ScalarCase] = makeNumpyScalarCases()

func makeNumpyScalarCases() -> [ScalarCase] {
    var c: [ScalarCase] = []
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1086324736)), str: "6.0", repr: "np.float32(6.0)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1036831949)), str: "0.1", repr: "np.float32(0.1)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 925353388)), str: "1e-05", repr: "np.float32(1e-05)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1266679808)), str: "1.6777216e+07", repr: "np.float32(1.6777216e+07)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1232348160)), str: "1e+06", repr: "np.float32(1e+06)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1232348144)), str: "999999.0", repr: "np.float32(999999.0)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1232348159)), str: "999999.94", repr: "np.float32(999999.94)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1030474072)), str: "0.057565063", repr: "np.float32(0.057565063)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1064956770)), str: "0.97637", repr: "np.float32(0.97637)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 2147483648)), str: "-0.0", repr: "np.float32(-0.0)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 0)), str: "0.0", repr: "np.float32(0.0)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 2143289344)), str: "nan", repr: "np.float32(nan)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 2139095040)), str: "inf", repr: "np.float32(inf)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 4286578688)), str: "-inf", repr: "np.float32(-inf)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 953267991)), str: "1e-04", repr: "np.float32(1e-04)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 956392687)), str: "0.0001234", repr: "np.float32(0.0001234)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 953130552)), str: "9.9e-05", repr: "np.float32(9.9e-05)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 2139095039)), str: "3.4028235e+38", repr: "np.float32(3.4028235e+38)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1)), str: "1e-45", repr: "np.float32(1e-45)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1234613304)), str: "1.234567e+06", repr: "np.float32(1.234567e+06)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1077936128)), str: "3.0", repr: "np.float32(3.0)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 3223322624)), str: "-2.5", repr: "np.float32(-2.5)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1206984805)), str: "123456.79", repr: "np.float32(123456.79)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1051372203)), str: "0.33333334", repr: "np.float32(0.33333334)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1120403456)), str: "100.0", repr: "np.float32(100.0)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 874581936)), str: "1.5e-07", repr: "np.float32(1.5e-07)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1266679809)), str: "1.6777218e+07", repr: "np.float32(1.6777218e+07)"))
    c.append(ScalarCase(value: ScalarValue.float32(Float(bitPattern: 1050253722)), str: "0.3", repr: "np.float32(0.3)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4591870180066957722)), str: "0.1", repr: "np.float64(0.1)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4846369599423283200)), str: "1e+16", repr: "np.float64(1e+16)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4831355200913801216)), str: "1000000000000000.0", repr: "np.float64(1000000000000000.0)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4532020583610935537)), str: "1e-05", repr: "np.float64(1e-05)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4728057454355411894)), str: "123456789.123", repr: "np.float64(123456789.123)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4599075939470750516)), str: "0.30000000000000004", repr: "np.float64(0.30000000000000004)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4547007122018943789)), str: "0.0001", repr: "np.float64(0.0001)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4547006384149180840)), str: "9.999e-05", repr: "np.float64(9.999e-05)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4715268809856909312)), str: "16777216.0", repr: "np.float64(16777216.0)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4936209963552724370)), str: "1e+22", repr: "np.float64(1e+22)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 1)), str: "5e-324", repr: "np.float64(5e-324)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 9223372036854775808)), str: "-0.0", repr: "np.float64(-0.0)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 9221120237041090560)), str: "nan", repr: "np.float64(nan)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 18442240474082181120)), str: "-inf", repr: "np.float64(-inf)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4612811918334230528)), str: "2.5", repr: "np.float64(2.5)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4599676419421066581)), str: "0.3333333333333333", repr: "np.float64(0.3333333333333333)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4817745636528479846)), str: "123456789012345.6", repr: "np.float64(123456789012345.6)"))
    c.append(ScalarCase(value: ScalarValue.float64(Double(bitPattern: 4845873199050653696)), str: "9007199254740992.0", repr: "np.float64(9007199254740992.0)"))
    c.append(ScalarCase(value: ScalarValue.int64(3), str: "3", repr: "np.int64(3)"))
    c.append(ScalarCase(value: ScalarValue.int32(-7), str: "-7", repr: "np.int32(-7)"))
    c.append(ScalarCase(value: ScalarValue.uint8(255), str: "255", repr: "np.uint8(255)"))
    c.append(ScalarCase(value: ScalarValue.int64(0), str: "0", repr: "np.int64(0)"))
    c.append(ScalarCase(value: ScalarValue.bool(true), str: "True", repr: "np.True_"))
    c.append(ScalarCase(value: ScalarValue.bool(false), str: "False", repr: "np.False_"))
    c.append(ScalarCase(value: ScalarValue.string("ab"), str: "ab", repr: "np.str_('ab')"))
    c.append(ScalarCase(value: ScalarValue.string("it's"), str: "it's", repr: "np.str_(\"it's\")"))
    return c
}
