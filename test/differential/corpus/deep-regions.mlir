// Nesting 60 regions deep, with values from every level used at the bottom.
%v0 = "foo.level"() ({
  ^bb0(%a0: i32):
  %v1 = "foo.level"() ({
    ^bb0(%a1: i32):
    %v2 = "foo.level"() ({
      ^bb0(%a2: i32):
      %v3 = "foo.level"() ({
        ^bb0(%a3: i32):
        %v4 = "foo.level"() ({
          ^bb0(%a4: i32):
          %v5 = "foo.level"() ({
            ^bb0(%a5: i32):
            %v6 = "foo.level"() ({
              ^bb0(%a6: i32):
              %v7 = "foo.level"() ({
                ^bb0(%a7: i32):
                %v8 = "foo.level"() ({
                  ^bb0(%a8: i32):
                  %v9 = "foo.level"() ({
                    ^bb0(%a9: i32):
                    %v10 = "foo.level"() ({
                      ^bb0(%a10: i32):
                      %v11 = "foo.level"() ({
                        ^bb0(%a11: i32):
                        %v12 = "foo.level"() ({
                          ^bb0(%a12: i32):
                          %v13 = "foo.level"() ({
                            ^bb0(%a13: i32):
                            %v14 = "foo.level"() ({
                              ^bb0(%a14: i32):
                              %v15 = "foo.level"() ({
                                ^bb0(%a15: i32):
                                %v16 = "foo.level"() ({
                                  ^bb0(%a16: i32):
                                  %v17 = "foo.level"() ({
                                    ^bb0(%a17: i32):
                                    %v18 = "foo.level"() ({
                                      ^bb0(%a18: i32):
                                      %v19 = "foo.level"() ({
                                        ^bb0(%a19: i32):
                                        %v20 = "foo.level"() ({
                                          ^bb0(%a20: i32):
                                          %v21 = "foo.level"() ({
                                            ^bb0(%a21: i32):
                                            %v22 = "foo.level"() ({
                                              ^bb0(%a22: i32):
                                              %v23 = "foo.level"() ({
                                                ^bb0(%a23: i32):
                                                %v24 = "foo.level"() ({
                                                  ^bb0(%a24: i32):
                                                  %v25 = "foo.level"() ({
                                                    ^bb0(%a25: i32):
                                                    %v26 = "foo.level"() ({
                                                      ^bb0(%a26: i32):
                                                      %v27 = "foo.level"() ({
                                                        ^bb0(%a27: i32):
                                                        %v28 = "foo.level"() ({
                                                          ^bb0(%a28: i32):
                                                          %v29 = "foo.level"() ({
                                                            ^bb0(%a29: i32):
                                                            %v30 = "foo.level"() ({
                                                              ^bb0(%a30: i32):
                                                              %v31 = "foo.level"() ({
                                                                ^bb0(%a31: i32):
                                                                %v32 = "foo.level"() ({
                                                                  ^bb0(%a32: i32):
                                                                  %v33 = "foo.level"() ({
                                                                    ^bb0(%a33: i32):
                                                                    %v34 = "foo.level"() ({
                                                                      ^bb0(%a34: i32):
                                                                      %v35 = "foo.level"() ({
                                                                        ^bb0(%a35: i32):
                                                                        %v36 = "foo.level"() ({
                                                                          ^bb0(%a36: i32):
                                                                          %v37 = "foo.level"() ({
                                                                            ^bb0(%a37: i32):
                                                                            %v38 = "foo.level"() ({
                                                                              ^bb0(%a38: i32):
                                                                              %v39 = "foo.level"() ({
                                                                                ^bb0(%a39: i32):
                                                                                %v40 = "foo.level"() ({
                                                                                  ^bb0(%a40: i32):
                                                                                  %v41 = "foo.level"() ({
                                                                                    ^bb0(%a41: i32):
                                                                                    %v42 = "foo.level"() ({
                                                                                      ^bb0(%a42: i32):
                                                                                      %v43 = "foo.level"() ({
                                                                                        ^bb0(%a43: i32):
                                                                                        %v44 = "foo.level"() ({
                                                                                          ^bb0(%a44: i32):
                                                                                          %v45 = "foo.level"() ({
                                                                                            ^bb0(%a45: i32):
                                                                                            %v46 = "foo.level"() ({
                                                                                              ^bb0(%a46: i32):
                                                                                              %v47 = "foo.level"() ({
                                                                                                ^bb0(%a47: i32):
                                                                                                %v48 = "foo.level"() ({
                                                                                                  ^bb0(%a48: i32):
                                                                                                  %v49 = "foo.level"() ({
                                                                                                    ^bb0(%a49: i32):
                                                                                                    %v50 = "foo.level"() ({
                                                                                                      ^bb0(%a50: i32):
                                                                                                      %v51 = "foo.level"() ({
                                                                                                        ^bb0(%a51: i32):
                                                                                                        %v52 = "foo.level"() ({
                                                                                                          ^bb0(%a52: i32):
                                                                                                          %v53 = "foo.level"() ({
                                                                                                            ^bb0(%a53: i32):
                                                                                                            %v54 = "foo.level"() ({
                                                                                                              ^bb0(%a54: i32):
                                                                                                              %v55 = "foo.level"() ({
                                                                                                                ^bb0(%a55: i32):
                                                                                                                %v56 = "foo.level"() ({
                                                                                                                  ^bb0(%a56: i32):
                                                                                                                  %v57 = "foo.level"() ({
                                                                                                                    ^bb0(%a57: i32):
                                                                                                                    %v58 = "foo.level"() ({
                                                                                                                      ^bb0(%a58: i32):
                                                                                                                      %v59 = "foo.level"() ({
                                                                                                                        ^bb0(%a59: i32):
                                                                                                                        "foo.use"(%a0, %a1, %a2, %a3, %a4, %a5, %a6, %a7, %a8, %a9, %a10, %a11, %a12, %a13, %a14, %a15, %a16, %a17, %a18, %a19, %a20, %a21, %a22, %a23, %a24, %a25, %a26, %a27, %a28, %a29, %a30, %a31, %a32, %a33, %a34, %a35, %a36, %a37, %a38, %a39, %a40, %a41, %a42, %a43, %a44, %a45, %a46, %a47, %a48, %a49, %a50, %a51, %a52, %a53, %a54, %a55, %a56, %a57, %a58, %a59) : (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) -> ()
                                                                                                                      }) : () -> i60
                                                                                                                    }) : () -> i59
                                                                                                                  }) : () -> i58
                                                                                                                }) : () -> i57
                                                                                                              }) : () -> i56
                                                                                                            }) : () -> i55
                                                                                                          }) : () -> i54
                                                                                                        }) : () -> i53
                                                                                                      }) : () -> i52
                                                                                                    }) : () -> i51
                                                                                                  }) : () -> i50
                                                                                                }) : () -> i49
                                                                                              }) : () -> i48
                                                                                            }) : () -> i47
                                                                                          }) : () -> i46
                                                                                        }) : () -> i45
                                                                                      }) : () -> i44
                                                                                    }) : () -> i43
                                                                                  }) : () -> i42
                                                                                }) : () -> i41
                                                                              }) : () -> i40
                                                                            }) : () -> i39
                                                                          }) : () -> i38
                                                                        }) : () -> i37
                                                                      }) : () -> i36
                                                                    }) : () -> i35
                                                                  }) : () -> i34
                                                                }) : () -> i33
                                                              }) : () -> i32
                                                            }) : () -> i31
                                                          }) : () -> i30
                                                        }) : () -> i29
                                                      }) : () -> i28
                                                    }) : () -> i27
                                                  }) : () -> i26
                                                }) : () -> i25
                                              }) : () -> i24
                                            }) : () -> i23
                                          }) : () -> i22
                                        }) : () -> i21
                                      }) : () -> i20
                                    }) : () -> i19
                                  }) : () -> i18
                                }) : () -> i17
                              }) : () -> i16
                            }) : () -> i15
                          }) : () -> i14
                        }) : () -> i13
                      }) : () -> i12
                    }) : () -> i11
                  }) : () -> i10
                }) : () -> i9
              }) : () -> i8
            }) : () -> i7
          }) : () -> i6
        }) : () -> i5
      }) : () -> i4
    }) : () -> i3
  }) : () -> i2
}) : () -> i1
